import type { Prisma } from "@ums/db";

import { organizationScope, type ApiKeyActor, type UserActor } from "../../auth/actor";
import { notFound } from "../../errors";
import type { Tx } from "../service-context";
import type { Db } from "@ums/db";

/**
 * The user `userId`, if the actor may see it (their organization, or any for super admins and
 * platform keys). A user of another organization is NOT_FOUND, exactly like one that does not
 * exist, so nothing reveals which ids exist elsewhere.
 */
export async function findUserInScope<S extends Prisma.UserSelect>(
  db: Db | Tx,
  actor: UserActor | ApiKeyActor,
  userId: string,
  select: S,
) {
  const scope = organizationScope(actor);
  const user = await db.user.findFirst({
    where: { id: userId, ...(scope === null ? {} : { organization_id: scope }) },
    select,
  });
  if (!user) throw notFound("User");
  return user;
}

/**
 * The organization the actor acts in when it names one (or none): scoped actors only ever their
 * own; super admins and platform keys any existing one. `fallback` is used when none is named.
 */
export async function organizationForAction(
  db: Db | Tx,
  actor: UserActor | ApiKeyActor,
  requested: string | undefined,
): Promise<string | undefined> {
  const scope = organizationScope(actor);
  if (scope !== null) {
    if (requested !== undefined && requested !== scope) throw notFound("Organization");
    return scope;
  }
  if (requested === undefined) return actor.kind === "user" ? actor.organizationId : undefined;
  const organization = await db.organization.findUnique({
    where: { id: requested },
    select: { id: true },
  });
  if (!organization) throw notFound("Organization");
  return organization.id;
}
