import type { Db } from "@ums/db";
import { createApiKey, createOrganization, createUserWithDetails } from "@ums/db/testing";

import type { ApiKeyActor, UserActor } from "../auth/actor";
import { apiKeyScopes, type ApiKeyScope } from "../schemas/api-keys";

export interface OrgPeople {
  organizationId: string;
  learner: UserActor;
  instructor: UserActor;
  orgAdmin: UserActor;
  /** an API key of this organization with every scope */
  keyAllScopes: ApiKeyActor;
  /** an API key of this organization with no scope at all */
  keyNoScopes: ApiKeyActor;
}

export interface World {
  a: OrgPeople;
  b: OrgPeople;
  /** a SUPER_ADMIN, member of organization A */
  superAdmin: UserActor;
  /** a platform-wide API key with every scope */
  platformKey: ApiKeyActor;
}

/** The actor a user is once signed in. */
export const userActor = (user: {
  id: string;
  organization_id: string;
  role: UserActor["role"];
}): UserActor => ({
  kind: "user",
  userId: user.id,
  organizationId: user.organization_id,
  role: user.role,
});

async function apiKeyActor(
  db: Db,
  organizationId: string | null,
  scopes: readonly ApiKeyScope[],
): Promise<ApiKeyActor> {
  const { apiKey } = await createApiKey(db, {
    organization_id: organizationId,
    scopes: [...scopes],
  });
  return { kind: "apiKey", apiKeyId: apiKey.id, organizationId, scopes: [...scopes] };
}

async function orgPeople(db: Db, name: string): Promise<OrgPeople> {
  const organization = await createOrganization(db, { name });
  const member = (role: UserActor["role"], first_name: string) =>
    createUserWithDetails(db, { organization_id: organization.id, role, first_name }).then(
      userActor,
    );
  return {
    organizationId: organization.id,
    learner: await member("LEARNER", `${name} Learner`),
    instructor: await member("INSTRUCTOR", `${name} Instructor`),
    orgAdmin: await member("ORG_ADMIN", `${name} Admin`),
    keyAllScopes: await apiKeyActor(db, organization.id, apiKeyScopes),
    keyNoScopes: await apiKeyActor(db, organization.id, []),
  };
}

/**
 * Two organizations, A and B, each with a learner, an instructor, an org admin and two API keys
 * (all scopes / none useful), plus a super admin (in A) and a platform-wide key.
 */
export async function createWorld(db: Db): Promise<World> {
  const a = await orgPeople(db, "Alpha");
  const b = await orgPeople(db, "Beta");
  const superAdmin = userActor(
    await createUserWithDetails(db, {
      organization_id: a.organizationId,
      role: "SUPER_ADMIN",
      first_name: "Super",
    }),
  );
  const platformKey = await apiKeyActor(db, null, apiKeyScopes);
  return { a, b, superAdmin, platformKey };
}
