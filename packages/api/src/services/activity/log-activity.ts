import type { ActivityType, Prisma } from "@ums/db";

import { actorUserId } from "../../auth/actor";
import { deviceType } from "../../auth/request-meta";
import type { ServiceContext, Tx } from "../service-context";

export interface ActivityEntry {
  /** whose timeline this goes on */
  userId: string;
  type: ActivityType;
  data?: Prisma.InputJsonObject;
}

/**
 * Appends to the activity log, inside the transaction of the change it records, with who did it
 * (actor_id: null when the user acted on themself; an API key is named in the data) and where
 * from (IP, user agent, device class).
 */
export async function logActivity(
  tx: Tx,
  ctx: ServiceContext,
  entry: ActivityEntry,
): Promise<void> {
  const actorId = actorUserId(ctx.actor);
  const viaApiKey = ctx.actor.kind === "apiKey" ? { api_key_id: ctx.actor.apiKeyId } : {};
  await tx.userActivity.create({
    data: {
      user_id: entry.userId,
      actor_id: actorId === entry.userId ? null : actorId,
      activity_type: entry.type,
      activity_data: { ...entry.data, ...viaApiKey },
      ip_address: ctx.meta.ip,
      user_agent: ctx.meta.userAgent?.slice(0, 512) ?? null,
      device_type: deviceType(ctx.meta.userAgent),
    },
    select: { id: true },
  });
}
