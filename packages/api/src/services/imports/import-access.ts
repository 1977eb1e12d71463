import type { Actor, ApiKeyActor, UserActor } from "../../auth/actor";
import { organizationScope } from "../../auth/actor";
import { AppError, invalid, notFound } from "../../errors";
import type { ApiKeyScope } from "../../schemas/api-keys";
import type { Db } from "@ums/db";

/**
 * Who may work with imports: organization administrators (their organization), super admins
 * (any), and services whose API key holds `scope` — users:write to start or cancel an import (it
 * creates and changes users), users:read to look at runs and reports. The same rule as the
 * procedures' `adminProcedure`, for the doors that are not procedures (the multipart upload, the
 * CSV report), so every door refuses alike.
 */
export function importActor(
  actor: Actor,
  scope: Extract<ApiKeyScope, "users:read" | "users:write">,
): UserActor | ApiKeyActor {
  if (actor === null)
    throw new AppError("UNAUTHENTICATED", "Sign in, or send a valid bearer token");
  if (actor.kind === "apiKey") {
    if (!actor.scopes.includes(scope)) {
      throw new AppError("FORBIDDEN", `This API key lacks the "${scope}" scope`);
    }
  } else if (actor.role !== "ORG_ADMIN" && actor.role !== "SUPER_ADMIN") {
    throw new AppError("FORBIDDEN", "Only organization administrators may do this");
  }
  return actor;
}

/**
 * The organization an import goes into: an org admin's (or scoped key's) own, whether named or
 * not (another one is NOT_FOUND, like one that does not exist); super admins and platform keys
 * must name one, since an import into the wrong organization is hard to undo.
 */
export async function importOrganization(
  db: Db,
  actor: UserActor | ApiKeyActor,
  requested: string | undefined,
): Promise<string> {
  const scope = organizationScope(actor);
  if (scope !== null) {
    if (requested !== undefined && requested !== scope) throw notFound("Organization");
    return scope;
  }
  if (requested === undefined) {
    throw invalid("organization_id", "is required: name the organization to import into");
  }
  const organization = await db.organization.findUnique({
    where: { id: requested },
    select: { id: true },
  });
  if (!organization) throw notFound("Organization");
  return organization.id;
}
