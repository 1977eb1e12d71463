import { createHash, randomBytes } from "node:crypto";

import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";

/**
 * Factories for tests: each creates one row with sensible defaults, creating whatever it needs
 * (an organization for a user, a user for a skill) unless the caller passes it. Every default is
 * unique per call, so tests never collide on e-mail, username, slug or token.
 */

let sequence = 0;
const next = () => `${process.pid.toString(36)}${(++sequence).toString(36)}`;

const day = 86_400_000;

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export async function createOrganization(
  db: Db,
  overrides: Partial<Prisma.OrganizationUncheckedCreateInput> = {},
) {
  const n = next();
  return db.organization.create({
    data: { name: `Organization ${n}`, slug: `org-${n}`, ...overrides },
  });
}

type UserOverrides = Partial<Prisma.UserUncheckedCreateInput>;

/** A user (ACTIVE LEARNER by default) in `organization_id`, or in a new organization. */
export async function createUser(db: Db, overrides: UserOverrides = {}) {
  const n = next();
  const organization_id = overrides.organization_id ?? (await createOrganization(db)).id;
  return db.user.create({
    data: {
      email: `user-${n}@example.test`,
      first_name: "Test",
      last_name: `User ${n}`,
      ...overrides,
      organization_id,
    },
  });
}

/** A user with profile, learning preferences and statistics, as a signed-up learner has. */
export async function createUserWithDetails(db: Db, overrides: UserOverrides = {}) {
  const user = await createUser(db, overrides);
  await createProfile(db, { user_id: user.id });
  await createPreferences(db, { user_id: user.id });
  await createStats(db, { user_id: user.id });
  return user;
}

export async function createProfile(
  db: Db,
  overrides: Partial<Prisma.UserProfileUncheckedCreateInput> & { user_id: string },
) {
  return db.userProfile.create({ data: { bio: "Learning every day.", ...overrides } });
}

export async function createPreferences(
  db: Db,
  overrides: Partial<Prisma.LearningPreferencesUncheckedCreateInput> & { user_id: string },
) {
  return db.learningPreferences.create({
    data: { preferred_content_types: ["video", "text"], ...overrides },
  });
}

export async function createStats(
  db: Db,
  overrides: Partial<Prisma.LearningStatsUncheckedCreateInput> & { user_id: string },
) {
  return db.learningStats.create({ data: overrides });
}

export async function createCredential(
  db: Db,
  overrides: Partial<Prisma.UserCredentialUncheckedCreateInput> & { user_id: string },
) {
  return db.userCredential.create({
    // Not a real argon2 hash: tests that sign in hash their own password.
    data: { password_hash: `$test$${randomBytes(8).toString("hex")}`, ...overrides },
  });
}

/**
 * A PENDING invitation valid for a week. Returns the row and the raw token (only its SHA-256 is stored).
 * Without `invited_by`, an ORG_ADMIN of the organization is created to send it.
 */
export async function createInvitation(
  db: Db,
  overrides: Partial<Prisma.UserInvitationUncheckedCreateInput> = {},
) {
  const n = next();
  const organization_id = overrides.organization_id ?? (await createOrganization(db)).id;
  const invited_by =
    overrides.invited_by ?? (await createUser(db, { organization_id, role: "ORG_ADMIN" })).id;
  const token = randomBytes(32).toString("base64url");
  const invitation = await db.userInvitation.create({
    data: {
      email: `invitee-${n}@example.test`,
      invitation_token: sha256Hex(token),
      expires_at: new Date(Date.now() + 7 * day),
      ...overrides,
      organization_id,
      invited_by,
    },
  });
  return { invitation, token };
}

export async function createSkill(
  db: Db,
  overrides: Partial<Prisma.UserSkillUncheckedCreateInput> = {},
) {
  const n = next();
  const user_id = overrides.user_id ?? (await createUser(db)).id;
  return db.userSkill.create({
    data: {
      skill_name: `Skill ${n}`,
      skill_category: "Programming",
      proficiency_level: "INTERMEDIATE",
      ...overrides,
      user_id,
    },
  });
}

export async function createGoal(
  db: Db,
  overrides: Partial<Prisma.UserGoalUncheckedCreateInput> = {},
) {
  const user_id = overrides.user_id ?? (await createUser(db)).id;
  const today = new Date(new Date().toISOString().slice(0, 10));
  return db.userGoal.create({
    data: {
      title: "Finish the TypeScript course",
      goal_type: "COURSE_COMPLETION",
      target_value: 1,
      unit: "courses",
      start_date: today,
      target_date: new Date(today.getTime() + 30 * day),
      ...overrides,
      user_id,
    },
  });
}

export async function createActivity(
  db: Db,
  overrides: Partial<Prisma.UserActivityUncheckedCreateInput> = {},
) {
  const user_id = overrides.user_id ?? (await createUser(db)).id;
  return db.userActivity.create({
    data: {
      activity_type: "PROFILE_UPDATED",
      activity_data: { fields: ["bio"] },
      ...overrides,
      user_id,
    },
  });
}

export async function createLearningEvent(
  db: Db,
  overrides: Partial<Prisma.LearningEventUncheckedCreateInput> = {},
) {
  const user =
    overrides.user_id === undefined
      ? await createUser(db)
      : await db.user.findUniqueOrThrow({ where: { id: overrides.user_id } });
  return db.learningEvent.create({
    data: {
      event_id: `event-${next()}`,
      source: "test",
      event_type: "LEARNING_TIME",
      minutes: 30,
      occurred_at: new Date(),
      organization_id: user.organization_id,
      ...overrides,
      user_id: user.id,
    },
  });
}

/** An API key; returns the row and the raw key (only its SHA-256 and prefix are stored). */
export async function createApiKey(
  db: Db,
  overrides: Partial<Prisma.ApiKeyUncheckedCreateInput> = {},
) {
  const key = `ums_${randomBytes(24).toString("base64url")}`;
  const apiKey = await db.apiKey.create({
    data: {
      name: `Test key ${next()}`,
      prefix: key.slice(0, 12),
      key_hash: sha256Hex(key),
      scopes: ["users:read"],
      ...overrides,
    },
  });
  return { apiKey, key };
}
