import { verify } from "@node-rs/argon2";
import type { ActivityType } from "@ums/db";
import {
  createActivity,
  createApiKey,
  createCredential,
  createGoal,
  createInvitation,
  createLearningEvent,
  createSkill,
  createTestDatabase,
  createUser,
  createUserWithDetails,
  sha256Hex,
} from "@ums/db/testing";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";

import { authenticateBearer } from "../../auth/authenticate-bearer";
import { loadUserActor } from "../../auth/load-user-actor";
import type { UserActor } from "../../auth/actor";
import { AppError } from "../../errors";
import { callerAs, createWorld, expectRefused, testMeta, testSettings } from "../../testing";

const { db } = await createTestDatabase();
const world = await createWorld(db);
const admin = callerAs(db, world.a.orgAdmin);

const activitiesOf = (userId: string, type?: ActivityType) =>
  db.userActivity.findMany({
    where: { user_id: userId, ...(type === undefined ? {} : { activity_type: type }) },
    orderBy: { created_at: "asc" },
  });

/** A member of organization A, with profile rows, as an actor too. */
async function memberOfA(role: UserActor["role"] = "LEARNER") {
  const user = await createUserWithDetails(db, { organization_id: world.a.organizationId, role });
  const actor: UserActor = {
    kind: "user",
    userId: user.id,
    organizationId: user.organization_id,
    role: user.role,
  };
  return { user, actor };
}

// CREATE + INVITATION ------------------------------------------------------------------------------

describe("users.create", () => {
  it("creates a PENDING user with profile rows, an invitation with a hashed token, and activities", async () => {
    const password = "correct-horse-battery-staple";
    const before = Date.now();
    const created = await admin.users.create({
      email: "  Ines.Moreau@Example.TEST ",
      first_name: "Inès",
      last_name: "Moreau",
      username: "Ines.M",
      role: "INSTRUCTOR",
      temporary_password: password,
    });
    const after = Date.now();

    expect(created).toMatchObject({
      email: "ines.moreau@example.test",
      username: "ines.m",
      first_name: "Inès",
      role: "INSTRUCTOR",
      status: "PENDING",
      organization_id: world.a.organizationId,
      invitation: { status: "PENDING" },
    });

    // The raw token is in the URL, and only its SHA-256 is stored.
    const url = new URL(created.invitation.invitation_url);
    expect(url.origin).toBe(new URL(testSettings.APP_URL).origin);
    const token = /^\/invite\/([\w-]{43})$/.exec(url.pathname)?.[1] ?? "";
    expect(token).not.toBe("");
    const invitation = await db.userInvitation.findUniqueOrThrow({
      where: { id: created.invitation.id },
    });
    expect(invitation).toMatchObject({
      email: "ines.moreau@example.test",
      organization_id: world.a.organizationId,
      invited_by: world.a.orgAdmin.userId,
      user_id: created.id,
      role: "INSTRUCTOR",
      status: "PENDING",
      invitation_token: sha256Hex(token),
    });

    // Expiry: INVITATION_EXPIRES_IN after it was sent, and it was sent now.
    const expiresIn = testSettings.INVITATION_EXPIRES_IN;
    expect(invitation.expires_at.getTime() - invitation.sent_at.getTime()).toBe(expiresIn);
    expect(invitation.expires_at.getTime()).toBeGreaterThanOrEqual(before + expiresIn);
    expect(invitation.expires_at.getTime()).toBeLessThanOrEqual(after + expiresIn);
    expect(created.invitation.expires_at).toEqual(invitation.expires_at.toISOString());

    // The temporary password is an argon2id hash of it, and the password is nowhere.
    const passwordHash = invitation.temporary_password ?? "";
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(passwordHash, password)).toBe(true);
    const dump = JSON.stringify(
      await db.$queryRawUnsafe(
        `SELECT i.*, a.* FROM "user_invitations" i JOIN "user_activities" a ON a."user_id" = i."user_id"
         WHERE i."id" = $1::uuid`,
        invitation.id,
      ),
    );
    expect(dump).not.toContain(password);
    expect(dump).not.toContain(token);
    const response = JSON.stringify(created);
    for (const secret of [password, passwordHash, invitation.invitation_token]) {
      expect(response).not.toContain(secret);
    }

    // Profile, preferences and statistics rows exist from the start.
    const user = await db.user.findUniqueOrThrow({
      where: { id: created.id },
      include: { profile: true, learning_preferences: true, learning_stats: true },
    });
    expect(user.profile).not.toBeNull();
    expect(user.learning_preferences).not.toBeNull();
    expect(user.learning_stats).not.toBeNull();

    // USER_CREATED and INVITATION_SENT, by the admin, from where the request came.
    const activities = await activitiesOf(created.id);
    expect(activities.map((activity) => activity.activity_type).sort()).toEqual([
      "INVITATION_SENT",
      "USER_CREATED",
    ]);
    for (const activity of activities) {
      expect(activity).toMatchObject({
        actor_id: world.a.orgAdmin.userId,
        ip_address: testMeta.ip,
        user_agent: testMeta.userAgent,
        device_type: "desktop",
      });
    }
    const sent = activities.find((activity) => activity.activity_type === "INVITATION_SENT");
    expect(sent?.activity_data).toMatchObject({ invitation_id: created.invitation.id });
  });

  it("lets a service with an API key create, with the organization's admin as the inviter", async () => {
    const { apiKey } = await createApiKey(db, {
      organization_id: world.b.organizationId,
      scopes: ["users:write"],
    });
    const created = await callerAs(db, {
      kind: "apiKey",
      apiKeyId: apiKey.id,
      organizationId: world.b.organizationId,
      scopes: ["users:write"],
    }).users.create({ email: "from-a-service@example.test", first_name: "S", last_name: "Vc" });
    const invitation = await db.userInvitation.findUniqueOrThrow({
      where: { id: created.invitation.id },
    });
    expect(invitation.invited_by).toBe(world.b.orgAdmin.userId);
    expect(invitation.temporary_password).toBeNull();
    const activities = await activitiesOf(created.id);
    expect(activities).toHaveLength(2);
    for (const activity of activities) {
      expect(activity.actor_id).toBeNull();
      expect(activity.activity_data).toMatchObject({ api_key_id: apiKey.id });
    }
  });

  it("gives one success and one CONFLICT on `email` to two simultaneous creates of one address", async () => {
    for (let round = 0; round < 5; round += 1) {
      const email = `race-${round}@example.test`;
      const results = await Promise.allSettled([
        admin.users.create({ email, first_name: "First", last_name: "Racer" }),
        callerAs(db, world.superAdmin).users.create({
          email: email.toUpperCase(),
          first_name: "Second",
          last_name: "Racer",
          organization_id: world.b.organizationId,
        }),
      ]);
      const fulfilled = results.filter((result) => result.status === "fulfilled");
      const rejected = results.filter((result) => result.status === "rejected");
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      const error: unknown = rejected[0]?.reason;
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ appCode: "CONFLICT", httpStatus: 409 });
      expect((error as AppError).details.map((detail) => detail.path)).toEqual(["email"]);

      // Nothing of the loser was left behind.
      expect(await db.user.count({ where: { email } })).toBe(1);
      expect(await db.userInvitation.count({ where: { email } })).toBe(1);
      const winner = await db.user.findUniqueOrThrow({ where: { email } });
      expect(await db.userActivity.count({ where: { user_id: winner.id } })).toBe(2);
    }
    // Sequentially too, whatever the case of the address.
    await expectRefused(
      admin.users.create({ email: "RACE-0@example.test", first_name: "Late", last_name: "Comer" }),
      "CONFLICT",
      "email",
    );
  });

  it("refuses a username that is taken, on create and on update, naming `username`", async () => {
    const holder = await createUser(db, {
      organization_id: world.a.organizationId,
      username: "taken.name",
    });
    await expectRefused(
      admin.users.create({
        email: "wants-taken@example.test",
        first_name: "W",
        last_name: "T",
        username: "Taken.Name",
      }),
      "CONFLICT",
      "username",
    );
    expect(await db.user.count({ where: { email: "wants-taken@example.test" } })).toBe(0);

    const { user: other } = await memberOfA();
    await expectRefused(
      admin.users.update({ user_id: other.id, username: "TAKEN.name" }),
      "CONFLICT",
      "username",
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).username).toBe(
      other.username,
    );
    expect(await activitiesOf(other.id, "USER_UPDATED")).toHaveLength(0);
    expect(holder.username).toBe("taken.name");

    // Two admins giving two users the same free username at once: one wins.
    const { user: third } = await memberOfA();
    const results = await Promise.allSettled([
      admin.users.update({ user_id: other.id, username: "fresh.name" }),
      callerAs(db, world.superAdmin).users.update({ user_id: third.id, username: "fresh.name" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((result) => result.status === "rejected");
    expect(loser?.reason).toMatchObject({
      appCode: "CONFLICT",
      details: [expect.objectContaining({ path: "username" })],
    });
    expect(await db.user.count({ where: { username: "fresh.name" } })).toBe(1);
  });
});

// UPDATE --------------------------------------------------------------------------------------------

describe("users.update", () => {
  it("changes names and username, logging what changed; an unchanged value logs nothing", async () => {
    const { user } = await memberOfA();
    const updated = await admin.users.update({
      user_id: user.id,
      first_name: "Renamed",
      last_name: user.last_name,
      username: "renamed.user",
    });
    expect(updated).toMatchObject({ first_name: "Renamed", username: "renamed.user" });
    const [logged] = await activitiesOf(user.id, "USER_UPDATED");
    expect(logged).toMatchObject({
      actor_id: world.a.orgAdmin.userId,
      activity_data: { fields: ["first_name", "username"] },
    });
    await admin.users.update({ user_id: user.id, first_name: "Renamed" });
    expect(await activitiesOf(user.id)).toHaveLength(1);
  });

  it("applies the role rules and logs ROLE_CHANGED with from and to", async () => {
    const { user } = await memberOfA("LEARNER");
    const promoted = await admin.users.update({ user_id: user.id, role: "INSTRUCTOR" });
    expect(promoted.role).toBe("INSTRUCTOR");
    const roleChanges = await activitiesOf(user.id, "ROLE_CHANGED");
    expect(roleChanges).toHaveLength(1);
    expect(roleChanges[0]).toMatchObject({
      actor_id: world.a.orgAdmin.userId,
      activity_data: { from: "LEARNER", to: "INSTRUCTOR" },
      ip_address: testMeta.ip,
    });

    // An org admin cannot make, unmake or touch a SUPER_ADMIN, nor change their own role.
    await expectRefused(admin.users.update({ user_id: user.id, role: "SUPER_ADMIN" }), "FORBIDDEN");
    await expectRefused(
      admin.users.update({ user_id: world.superAdmin.userId, role: "LEARNER" }),
      "FORBIDDEN",
    );
    await expectRefused(
      admin.users.update({ user_id: world.a.orgAdmin.userId, role: "SUPER_ADMIN" }),
      "FORBIDDEN",
    );
    await expectRefused(
      admin.users.update({ user_id: world.a.orgAdmin.userId, role: "LEARNER" }),
      "FORBIDDEN",
    );
    // ...nor reach into another organization.
    await expectRefused(
      admin.users.update({ user_id: world.b.learner.userId, role: "INSTRUCTOR" }),
      "NOT_FOUND",
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("INSTRUCTOR");
    expect(await activitiesOf(user.id, "ROLE_CHANGED")).toHaveLength(1);

    // A super admin may promote to SUPER_ADMIN, but not change their own role.
    const superAdmin = callerAs(db, world.superAdmin);
    await superAdmin.users.update({ user_id: user.id, role: "SUPER_ADMIN" });
    expect((await activitiesOf(user.id, "ROLE_CHANGED")).at(-1)?.activity_data).toEqual({
      from: "INSTRUCTOR",
      to: "SUPER_ADMIN",
    });
    await expectRefused(
      superAdmin.users.update({ user_id: world.superAdmin.userId, role: "ORG_ADMIN" }),
      "FORBIDDEN",
    );
  });
});

// SOFT DELETE AND REACTIVATION --------------------------------------------------------------------

/** A platform JWT for `userId`, issued now or at `issuedAt`. */
const jwtFor = (userId: string, issuedAt: Date = new Date()) =>
  new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setIssuedAt(issuedAt)
    .setExpirationTime("15m")
    .sign(new TextEncoder().encode(testSettings.AUTH_JWT_SECRET));

const sessionsRevokedAt = async (userId: string) =>
  (
    await db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { sessions_revoked_at: true },
    })
  ).sessions_revoked_at;

async function rowCounts(userId: string) {
  const mine = { where: { user_id: userId } };
  return {
    users: await db.user.count({ where: { id: userId } }),
    profiles: await db.userProfile.count(mine),
    preferences: await db.learningPreferences.count(mine),
    stats: await db.learningStats.count(mine),
    skills: await db.userSkill.count(mine),
    goals: await db.userGoal.count(mine),
    activities: await db.userActivity.count(mine),
    credentials: await db.userCredential.count(mine),
    invitations: await db.userInvitation.count(mine),
    learningEvents: await db.learningEvent.count(mine),
    skillsVerified: await db.userSkill.count({ where: { verified_by: userId } }),
    invitationsSent: await db.userInvitation.count({ where: { invited_by: userId } }),
  };
}

describe("users.deactivate and users.reactivate", () => {
  it("soft-deletes: every row stays, status INACTIVE, USER_DEACTIVATED once; repeating is harmless", async () => {
    const { user } = await memberOfA("INSTRUCTOR");
    await createSkill(db, { user_id: user.id });
    await createSkill(db, { user_id: user.id });
    await createSkill(db, {
      user_id: world.a.learner.userId,
      verified: true,
      verified_by: user.id,
    });
    await createGoal(db, { user_id: user.id });
    await createActivity(db, { user_id: user.id });
    await createCredential(db, { user_id: user.id });
    await createLearningEvent(db, { user_id: user.id });
    await createInvitation(db, {
      organization_id: world.a.organizationId,
      invited_by: world.a.orgAdmin.userId,
      user_id: user.id,
      email: user.email,
      status: "ACCEPTED",
    });
    await createInvitation(db, { organization_id: world.a.organizationId, invited_by: user.id });
    const before = await rowCounts(user.id);
    expect(Object.values(before).every((count) => count > 0)).toBe(true);
    const snapshot = await db.user.findUniqueOrThrow({ where: { id: user.id } });

    const deactivated = await admin.users.deactivate({ user_id: user.id });
    expect(deactivated.status).toBe("INACTIVE");
    expect(await rowCounts(user.id)).toEqual({ ...before, activities: before.activities + 1 });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    // Only the status changed (and the time the user's sessions ended with it).
    expect(row.sessions_revoked_at).not.toBeNull();
    expect({
      ...row,
      status: snapshot.status,
      updated_at: snapshot.updated_at,
      sessions_revoked_at: snapshot.sessions_revoked_at,
    }).toEqual(snapshot);
    const logged = await activitiesOf(user.id, "USER_DEACTIVATED");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      actor_id: world.a.orgAdmin.userId,
      activity_data: { from: "ACTIVE", to: "INACTIVE" },
      ip_address: testMeta.ip,
      device_type: "desktop",
    });

    const again = await admin.users.deactivate({ user_id: user.id });
    expect(again.status).toBe("INACTIVE");
    expect(
      await callerAs(db, world.superAdmin).users.deactivate({ user_id: user.id }),
    ).toMatchObject({ status: "INACTIVE" });
    expect(await activitiesOf(user.id, "USER_DEACTIVATED")).toHaveLength(1);
    expect(await rowCounts(user.id)).toEqual({ ...before, activities: before.activities + 1 });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).updated_at).toEqual(
      row.updated_at,
    );

    // Still listed for admins, as INACTIVE.
    const inactive = await admin.users.list({ status: "INACTIVE", limit: 100 });
    expect(inactive.items.map((item) => item.id)).toContain(user.id);
  });

  it("refuses a deactivated user as an actor at once; reactivation lets new sessions in, never old ones", async () => {
    const { user, actor } = await memberOfA("ORG_ADMIN");
    const signedInAt = new Date();
    const bearer = `Bearer ${await jwtFor(user.id)}`;
    expect(await sessionsRevokedAt(user.id)).toBeNull();
    expect(await loadUserActor(db, user.id, signedInAt)).toEqual(actor);
    expect(await authenticateBearer(db, bearer, testSettings)).toEqual(actor);

    const beforeDeactivation = Date.now();
    await admin.users.deactivate({ user_id: user.id });
    const revokedAt = await sessionsRevokedAt(user.id);
    expect(revokedAt?.getTime()).toBeGreaterThanOrEqual(beforeDeactivation);
    expect(await loadUserActor(db, user.id, new Date())).toBeNull();
    // The same, unexpired token stops working with the very next request.
    await expectRefused(authenticateBearer(db, bearer, testSettings), "UNAUTHENTICATED");

    const reactivated = await admin.users.reactivate({ user_id: user.id });
    expect(reactivated.status).toBe("ACTIVE");
    const logged = await activitiesOf(user.id, "USER_REACTIVATED");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      actor_id: world.a.orgAdmin.userId,
      activity_data: { from: "INACTIVE", to: "ACTIVE" },
    });
    // Reactivation keeps the revocation: the web session and the token from before stay refused,
    // and so does a token that does not say when it was issued.
    expect(await sessionsRevokedAt(user.id)).toEqual(revokedAt);
    expect(await loadUserActor(db, user.id, signedInAt)).toBeNull();
    expect(await loadUserActor(db, user.id, null)).toBeNull();
    await expectRefused(authenticateBearer(db, bearer, testSettings), "UNAUTHENTICATED");
    const withoutIat = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(user.id)
      .setExpirationTime("15m")
      .sign(new TextEncoder().encode(testSettings.AUTH_JWT_SECRET));
    await expectRefused(
      authenticateBearer(db, `Bearer ${withoutIat}`, testSettings),
      "UNAUTHENTICATED",
    );

    // Sessions and tokens issued after it work: signing in again is all it takes.
    const later = new Date((revokedAt ?? new Date()).getTime() + 1000);
    expect(await loadUserActor(db, user.id, later)).toEqual(actor);
    const restored = await authenticateBearer(
      db,
      `Bearer ${await jwtFor(user.id, later)}`,
      testSettings,
    );
    expect(restored).toEqual(actor);
    if (restored?.kind === "user") {
      const me = await callerAs(db, restored).profile.get();
      expect(me.id).toBe(user.id);
    }

    // Reactivating an ACTIVE user changes and logs nothing.
    await admin.users.reactivate({ user_id: user.id });
    expect(await activitiesOf(user.id, "USER_REACTIVATED")).toHaveLength(1);
    expect(await sessionsRevokedAt(user.id)).toEqual(revokedAt);
  });

  it("revokes sessions on suspension too, not on other changes, and not again when repeated", async () => {
    const { user, actor } = await memberOfA("INSTRUCTOR");
    await admin.users.update({ user_id: user.id, first_name: "Renamed", username: "renamed.one" });
    expect(await sessionsRevokedAt(user.id)).toBeNull();

    // A role change applies at the next request without ending the session: the actor is read
    // from the database every time, with the role it has now.
    const signedInAt = new Date();
    await admin.users.update({ user_id: user.id, role: "ORG_ADMIN" });
    expect(await sessionsRevokedAt(user.id)).toBeNull();
    expect(await loadUserActor(db, user.id, signedInAt)).toEqual({ ...actor, role: "ORG_ADMIN" });
    expect(
      await authenticateBearer(db, `Bearer ${await jwtFor(user.id, signedInAt)}`, testSettings),
    ).toEqual({ ...actor, role: "ORG_ADMIN" });

    await admin.users.update({ user_id: user.id, status: "SUSPENDED" });
    const revokedAt = await sessionsRevokedAt(user.id);
    expect(revokedAt).not.toBeNull();
    // Suspending a suspended user changes nothing, the revocation time included.
    await admin.users.update({ user_id: user.id, status: "SUSPENDED" });
    expect(await sessionsRevokedAt(user.id)).toEqual(revokedAt);
    await admin.users.reactivate({ user_id: user.id });
    expect(await sessionsRevokedAt(user.id)).toEqual(revokedAt);
    expect(await loadUserActor(db, user.id, signedInAt)).toBeNull();
  });

  it("reactivates a SUSPENDED user too, and refuses to deactivate oneself", async () => {
    const { user } = await memberOfA();
    await admin.users.update({ user_id: user.id, status: "SUSPENDED" });
    expect(await loadUserActor(db, user.id, new Date())).toBeNull();
    await admin.users.reactivate({ user_id: user.id });
    expect((await activitiesOf(user.id, "USER_REACTIVATED"))[0]?.activity_data).toMatchObject({
      from: "SUSPENDED",
      to: "ACTIVE",
    });
    await expectRefused(admin.users.deactivate({ user_id: world.a.orgAdmin.userId }), "FORBIDDEN");
    expect(await loadUserActor(db, world.a.orgAdmin.userId, new Date())).not.toBeNull();
  });

  it("deactivates a PENDING user and cancels their invitation, so its link no longer works", async () => {
    const created = await admin.users.create({
      email: "wrong-person@example.test",
      first_name: "Wrong",
      last_name: "Person",
    });
    const token = created.invitation.invitation_url.split("/invite/")[1] ?? "";

    const deactivated = await admin.users.deactivate({ user_id: created.id });
    expect(deactivated.status).toBe("INACTIVE");
    expect(
      await db.userInvitation.findUniqueOrThrow({ where: { id: created.invitation.id } }),
    ).toMatchObject({ status: "CANCELLED" });
    expect(await activitiesOf(created.id, "INVITATION_REVOKED")).toHaveLength(1);
    expect(await activitiesOf(created.id, "USER_DEACTIVATED")).toHaveLength(1);

    const anonymous = callerAs(db, null);
    await expectRefused(
      anonymous.invitations.accept({ token, password: "a long enough password 123" }),
      "CONFLICT",
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).status).toBe(
      "INACTIVE",
    );
  });

  it("refuses to reactivate a PENDING user: CONFLICT, nothing changed", async () => {
    const created = await admin.users.create({
      email: "still-pending@example.test",
      first_name: "Still",
      last_name: "Pending",
    });
    await expectRefused(admin.users.reactivate({ user_id: created.id }), "CONFLICT", "status");
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("PENDING");
    expect(await activitiesOf(created.id, "USER_REACTIVATED")).toHaveLength(0);
    expect(await loadUserActor(db, created.id, new Date())).toBeNull();
  });
});

// GET ------------------------------------------------------------------------------------------------

describe("users.get", () => {
  it("returns every relation, the 20 newest activities, and never a token or password hash", async () => {
    const created = await admin.users.create({
      email: "full-details@example.test",
      first_name: "Full",
      last_name: "Details",
      temporary_password: "temporary-password-1",
    });
    await createSkill(db, { user_id: created.id, skill_name: "TypeScript" });
    await createSkill(db, { user_id: created.id, skill_name: "SQL", skill_category: "Data" });
    await createGoal(db, { user_id: created.id });
    const old = Date.parse("2025-01-01T00:00:00Z");
    for (let i = 0; i < 25; i += 1) {
      await createActivity(db, { user_id: created.id, created_at: new Date(old + i * 60_000) });
    }
    const stored = await db.userInvitation.findUniqueOrThrow({
      where: { id: created.invitation.id },
    });

    const details = await admin.users.get({ user_id: created.id });
    expect(details).toMatchObject({ id: created.id, email: "full-details@example.test" });
    expect(details.organization.id).toBe(world.a.organizationId);
    expect(details.profile).not.toBeNull();
    expect(details.learning_preferences).not.toBeNull();
    expect(details.learning_stats).not.toBeNull();
    expect(details.skills.map((skill) => skill.skill_name).sort()).toEqual(["SQL", "TypeScript"]);
    expect(details.goals).toHaveLength(1);
    expect(details.invitations.map((invitation) => invitation.id)).toEqual([created.invitation.id]);

    const newest = await db.userActivity.findMany({
      where: { user_id: created.id },
      orderBy: { created_at: "desc" },
      take: 20,
      select: { id: true },
    });
    expect(await db.userActivity.count({ where: { user_id: created.id } })).toBe(27);
    expect(details.recent_activity).toHaveLength(20);
    expect(new Set(details.recent_activity.map((activity) => activity.id))).toEqual(
      new Set(newest.map((activity) => activity.id)),
    );
    const times = details.recent_activity.map((activity) => Date.parse(activity.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const json = JSON.stringify(details);
    expect(json).not.toContain("invitation_token");
    expect(json).not.toContain("temporary_password");
    expect(json).not.toContain(stored.invitation_token);
    expect(json).not.toContain(stored.temporary_password ?? "$argon2");
    expect(json).not.toContain("$argon2");
    expect(json).not.toContain("password_hash");

    await expectRefused(
      callerAs(db, world.b.orgAdmin).users.get({ user_id: created.id }),
      "NOT_FOUND",
    );
  });
});
