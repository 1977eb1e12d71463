import { randomUUID } from "node:crypto";

import type { ActivityType, Prisma } from "@ums/db";

import { actorUserId } from "../../auth/actor";
import { deviceType } from "../../auth/request-meta";
import type { Context } from "../../context";
import { bulkInsert } from "../bulk-insert";
import type { Tx } from "../service-context";

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
  ctx: Pick<Context, "actor" | "meta">,
  entry: ActivityEntry,
): Promise<void> {
  await tx.userActivity.create({ data: activityRow(ctx, entry), select: { id: true } });
}

/**
 * `logActivity` for many entries at once (the goals a batch of learning events completes): the
 * same rows, in one statement whatever their number.
 */
export async function logActivities(
  tx: Tx,
  ctx: Pick<Context, "actor" | "meta">,
  entries: readonly ActivityEntry[],
): Promise<void> {
  // Ids and the time are the client's, as Prisma's uuid() and now() defaults give them.
  const created_at = new Date();
  await bulkInsert(
    tx,
    "user_activities",
    entries.map((entry) => ({ id: randomUUID(), ...activityRow(ctx, entry), created_at })),
  );
}

function activityRow(ctx: Pick<Context, "actor" | "meta">, entry: ActivityEntry) {
  // No actor: someone acting on themself before they have an account (accepting an invitation).
  const actorId = ctx.actor === null ? null : actorUserId(ctx.actor);
  const viaApiKey = ctx.actor?.kind === "apiKey" ? { api_key_id: ctx.actor.apiKeyId } : {};
  return {
    user_id: entry.userId,
    actor_id: actorId === entry.userId ? null : actorId,
    activity_type: entry.type,
    activity_data: { ...entry.data, ...viaApiKey },
    ip_address: ctx.meta.ip,
    user_agent: ctx.meta.userAgent?.slice(0, 512) ?? null,
    device_type: deviceType(ctx.meta.userAgent),
  } satisfies Prisma.UserActivityUncheckedCreateInput;
}

/**
 * Appends to the activity log on behalf of the system itself (a scheduled job): no actor, no
 * request; `activity_data.by` says which job did it.
 */
export async function logSystemActivity(tx: Tx, job: string, entry: ActivityEntry): Promise<void> {
  await tx.userActivity.create({
    data: {
      user_id: entry.userId,
      actor_id: null,
      activity_type: entry.type,
      activity_data: { ...entry.data, by: job },
    },
    select: { id: true },
  });
}
