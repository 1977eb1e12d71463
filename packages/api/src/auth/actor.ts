import type { UserRole } from "@ums/db";

import type { ApiKeyScope } from "../schemas/api-keys";

/** A signed-in person (web session or a platform JWT), loaded from the database on each request. */
export interface UserActor {
  kind: "user";
  userId: string;
  organizationId: string;
  role: UserRole;
}

/** Another service of the platform, calling with an API key. */
export interface ApiKeyActor {
  kind: "apiKey";
  apiKeyId: string;
  /** null: a platform-wide key, which may act in every organization */
  organizationId: string | null;
  scopes: ApiKeyScope[];
}

/** Who is calling: a user, a service, or nobody (null). Every door resolves the same shape. */
export type Actor = UserActor | ApiKeyActor | null;

/** The organizations an actor may see: one, or all (null). */
export function organizationScope(actor: UserActor | ApiKeyActor): string | null {
  if (actor.kind === "user") return actor.role === "SUPER_ADMIN" ? null : actor.organizationId;
  return actor.organizationId;
}

/** Only super admins may create, promote to, demote or otherwise change a SUPER_ADMIN. */
export function canManageSuperAdmins(actor: UserActor | ApiKeyActor): boolean {
  return actor.kind === "user" && actor.role === "SUPER_ADMIN";
}

/** The user id to record as the actor of an activity (null for a service). */
export function actorUserId(actor: UserActor | ApiKeyActor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}
