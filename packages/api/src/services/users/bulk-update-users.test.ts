import { randomUUID } from "node:crypto";

import type { UserRole } from "@ums/db/enums";
import { createInvitation, createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { bulkUpdateUsersInput } from "../../schemas/users";
import { callerAs, createWorld, expectRefused } from "../../testing";

const { db } = await createTestDatabase();
const world = await createWorld(db);
const admin = callerAs(db, world.a.orgAdmin);
const superAdmin = callerAs(db, world.superAdmin);

type Status = "ACTIVE" | "INACTIVE" | "SUSPENDED" | "PENDING";

const newUser = (organizationId: string, role: UserRole = "LEARNER", status: Status = "ACTIVE") =>
  createUserWithDetails(db, { organization_id: organizationId, role, status });

/** The stored row and activity count of each user, to show what did (not) change. */
const stored = (ids: string[]) =>
  Promise.all(
    ids.map(async (id) => ({
      user: await db.user.findUnique({ where: { id } }),
      activities: await db.userActivity.count({ where: { user_id: id } }),
    })),
  );

describe("users.bulkUpdate", () => {
  it("deactivates each user through the single-user rules, in input order, one refusal undoing nothing", async () => {
    const first = await newUser(world.a.organizationId);
    const already = await newUser(world.a.organizationId, "LEARNER", "INACTIVE");
    const platformAdmin = await newUser(world.a.organizationId, "SUPER_ADMIN");
    const last = await newUser(world.a.organizationId, "INSTRUCTOR");
    const ids = [first.id, world.a.orgAdmin.userId, already.id, platformAdmin.id, last.id];
    const before = await stored(ids);

    const answer = await admin.users.bulkUpdate({ user_ids: ids, action: "deactivate" });

    expect(answer.results.map((result) => result.user_id)).toEqual(ids);
    expect(answer.results.map((result) => result.outcome)).toEqual([
      "changed",
      "refused",
      "unchanged",
      "refused",
      "changed",
    ]);
    expect(answer).toMatchObject({ changed: 2, unchanged: 1, refused: 2 });
    expect(answer.results[0]).toMatchObject({ user: { status: "INACTIVE" }, error: null });
    expect(answer.results[1]).toMatchObject({
      user: null,
      error: { code: "FORBIDDEN", message: "You cannot change your own role or status" },
    });
    expect(answer.results[2]).toMatchObject({ user: { status: "INACTIVE" }, error: null });
    expect(answer.results[3]?.error?.code).toBe("FORBIDDEN");

    const after = await stored(ids);
    // The refused rows and the unchanged one read exactly as before; the others are INACTIVE
    // with one USER_DEACTIVATED entry each, as users.deactivate would have logged.
    expect([after[1], after[2], after[3]]).toEqual([before[1], before[2], before[3]]);
    for (const index of [0, 4]) {
      expect(after[index]?.user?.status).toBe("INACTIVE");
      expect(after[index]?.activities).toBe((before[index]?.activities ?? 0) + 1);
    }
    const logged = await db.userActivity.findMany({
      where: { user_id: first.id, activity_type: "USER_DEACTIVATED" },
    });
    expect(logged).toMatchObject([
      { actor_id: world.a.orgAdmin.userId, activity_data: { from: "ACTIVE", to: "INACTIVE" } },
    ]);
  });

  it("is one transaction: a failure part-way (not a refusal) leaves every user as they were", async () => {
    const made = await Promise.all([1, 2, 3].map(() => newUser(world.a.organizationId)));
    // In id order, which is also the order users are changed in: the last one fails.
    const ids = made.map((user) => user.id).sort();
    const failing = ids[2] ?? "";
    const before = await stored(ids);
    // The database itself fails on the last user's write, after the first two were written: a
    // trigger standing for a lost connection or a full disk.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION fail_bulk_test() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full (test)'; END $$`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER fail_bulk_test BEFORE UPDATE ON users FOR EACH ROW
      WHEN (OLD.id = '${failing}') EXECUTE FUNCTION fail_bulk_test()`);
    try {
      await expect(
        admin.users.bulkUpdate({ user_ids: ids, action: "deactivate" }),
      ).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe("DROP TRIGGER fail_bulk_test ON users");
      await db.$executeRawUnsafe("DROP FUNCTION fail_bulk_test()");
    }
    expect(await stored(ids)).toEqual(before);
  });

  it("answers a user of another organization exactly like an unknown id, and changes neither", async () => {
    const foreign = await newUser(world.b.organizationId);
    const unknown = randomUUID();
    const before = await stored([foreign.id]);

    const answer = await admin.users.bulkUpdate({
      user_ids: [foreign.id, unknown],
      action: "deactivate",
    });

    const [foreignResult, unknownResult] = answer.results;
    expect(foreignResult).toEqual({ ...unknownResult, user_id: foreign.id });
    expect(foreignResult).toMatchObject({
      outcome: "refused",
      error: { code: "NOT_FOUND", message: "User not found" },
    });
    expect(await stored([foreign.id])).toEqual(before);

    // A super admin reaches every organization.
    const platform = await superAdmin.users.bulkUpdate({
      user_ids: [foreign.id],
      action: "deactivate",
    });
    expect(platform.results[0]?.outcome).toBe("changed");
  });

  it("reactivates INACTIVE and SUSPENDED users, refusing a PENDING one with the reason", async () => {
    const inactive = await newUser(world.a.organizationId, "LEARNER", "INACTIVE");
    const suspended = await newUser(world.a.organizationId, "LEARNER", "SUSPENDED");
    const pending = await newUser(world.a.organizationId, "LEARNER", "PENDING");
    const active = await newUser(world.a.organizationId);

    const answer = await admin.users.bulkUpdate({
      user_ids: [inactive.id, suspended.id, pending.id, active.id],
      action: "reactivate",
    });

    expect(answer.results.map((result) => [result.outcome, result.user?.status ?? null])).toEqual([
      ["changed", "ACTIVE"],
      ["changed", "ACTIVE"],
      ["refused", null],
      ["unchanged", "ACTIVE"],
    ]);
    expect(answer.results[2]?.error).toMatchObject({
      code: "CONFLICT",
      details: [{ path: "status" }],
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING");
  });

  it("deactivating a PENDING user cancels their invitation, as users.deactivate does", async () => {
    const pending = await newUser(world.a.organizationId, "LEARNER", "PENDING");
    const { invitation } = await createInvitation(db, {
      organization_id: world.a.organizationId,
      invited_by: world.a.orgAdmin.userId,
      user_id: pending.id,
      email: pending.email,
    });

    const answer = await admin.users.bulkUpdate({ user_ids: [pending.id], action: "deactivate" });

    expect(answer.results[0]?.outcome).toBe("changed");
    expect(
      (await db.userInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).status,
    ).toBe("CANCELLED");
  });

  it("changes roles within the role rules: an org admin cannot grant SUPER_ADMIN", async () => {
    const learner = await newUser(world.a.organizationId);
    const instructor = await newUser(world.a.organizationId, "INSTRUCTOR");

    const promoted = await admin.users.bulkUpdate({
      user_ids: [learner.id, instructor.id],
      action: "change_role",
      role: "INSTRUCTOR",
    });
    expect(promoted.results.map((result) => result.outcome)).toEqual(["changed", "unchanged"]);
    expect(
      await db.userActivity.findMany({
        where: { user_id: learner.id, activity_type: "ROLE_CHANGED" },
        select: { activity_data: true },
      }),
    ).toEqual([{ activity_data: { from: "LEARNER", to: "INSTRUCTOR" } }]);

    const before = await stored([learner.id]);
    const refused = await admin.users.bulkUpdate({
      user_ids: [learner.id],
      action: "change_role",
      role: "SUPER_ADMIN",
    });
    expect(refused.results[0]).toMatchObject({ outcome: "refused", error: { code: "FORBIDDEN" } });
    expect(await stored([learner.id])).toEqual(before);

    const bySuperAdmin = await superAdmin.users.bulkUpdate({
      user_ids: [learner.id],
      action: "change_role",
      role: "SUPER_ADMIN",
    });
    expect(bySuperAdmin.results[0]).toMatchObject({
      outcome: "changed",
      user: { role: "SUPER_ADMIN" },
    });
  });

  it("refuses a malformed request as a whole, before touching anyone", async () => {
    const user = await newUser(world.a.organizationId);
    const before = await stored([user.id]);
    await expectRefused(
      admin.users.bulkUpdate({ user_ids: [user.id], action: "change_role" }),
      "VALIDATION_FAILED",
      "role",
    );
    await expectRefused(
      admin.users.bulkUpdate({ user_ids: [user.id], action: "deactivate", role: "LEARNER" }),
      "VALIDATION_FAILED",
      "role",
    );
    await expectRefused(
      admin.users.bulkUpdate({ user_ids: [user.id, user.id], action: "deactivate" }),
      "VALIDATION_FAILED",
      "user_ids",
    );
    await expectRefused(
      admin.users.bulkUpdate({ user_ids: [], action: "deactivate" }),
      "VALIDATION_FAILED",
      "user_ids",
    );
    expect(await stored([user.id])).toEqual(before);
  });

  it("takes at most 100 users", () => {
    const ids = Array.from({ length: 101 }, () => randomUUID());
    expect(bulkUpdateUsersInput.safeParse({ user_ids: ids, action: "reactivate" }).success).toBe(
      false,
    );
    expect(
      bulkUpdateUsersInput.safeParse({ user_ids: ids.slice(0, 100), action: "reactivate" }).success,
    ).toBe(true);
  });
});
