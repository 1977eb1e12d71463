import { describe, expect, it } from "vitest";

import {
  createActivity,
  createApiKey,
  createCredential,
  createGoal,
  createInvitation,
  createLearningEvent,
  createOrganization,
  createSkill,
  createTestDatabase,
  createUser,
  createUserWithDetails,
  sha256Hex,
} from ".";

const { db } = await createTestDatabase();

describe("factories", () => {
  it("create a row of every model with defaults, creating what each needs", async () => {
    const user = await createUserWithDetails(db);
    expect(user).toMatchObject({ role: "LEARNER", status: "ACTIVE" });
    const full = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      include: {
        profile: true,
        learning_preferences: true,
        learning_stats: true,
        organization: true,
      },
    });
    expect(full.profile?.timezone).toBe("UTC");
    expect(full.learning_preferences?.visual_score).toBe(0.5);
    expect(full.learning_stats?.total_logins).toBe(0);

    await createCredential(db, { user_id: user.id });
    const skill = await createSkill(db, { user_id: user.id });
    const goal = await createGoal(db, { user_id: user.id });
    const activity = await createActivity(db, { user_id: user.id });
    const event = await createLearningEvent(db, { user_id: user.id });
    expect([skill.user_id, goal.user_id, activity.user_id, event.user_id]).toEqual(
      Array(4).fill(user.id),
    );
    expect(event.organization_id).toBe(user.organization_id);
  });

  it("never collide: each call gets its own e-mail, slug, skill name and token", async () => {
    const organization = await createOrganization(db);
    const [a, b] = await Promise.all([
      createUser(db, { organization_id: organization.id }),
      createUser(db, { organization_id: organization.id }),
    ]);
    expect(a.email).not.toBe(b.email);
    await createSkill(db, { user_id: a.id });
    await createSkill(db, { user_id: a.id });
    const first = await createInvitation(db, { organization_id: organization.id });
    const second = await createInvitation(db, { organization_id: organization.id });
    expect(first.token).not.toBe(second.token);
  });

  it("store only hashes of invitation tokens and API keys", async () => {
    const { invitation, token } = await createInvitation(db);
    expect(invitation.invitation_token).toBe(sha256Hex(token));
    const { apiKey, key } = await createApiKey(db);
    expect(apiKey.key_hash).toBe(sha256Hex(key));
    expect(key.startsWith(apiKey.prefix)).toBe(true);
  });
});
