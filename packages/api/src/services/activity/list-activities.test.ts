import { randomUUID } from "node:crypto";

import type { ActivityType, Db, Prisma } from "@ums/db";
import { createOrganization, createTestDatabase, createUser } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { ApiKeyActor, UserActor } from "../../auth/actor";
import {
  callerAs,
  createWorld,
  expectRefused,
  explainRecordedQueries,
  indexScan,
} from "../../testing";
import { encodeActivityCursor } from "./activity-list-cursor";

const { db } = await createTestDatabase();
const world = await createWorld(db);

type Caller = ReturnType<typeof callerAs>;
type ListInput = Parameters<Caller["activities"]["list"]>[0];
type MineInput = Parameters<Caller["activities"]["mine"]>[0];
type Page = Awaited<ReturnType<Caller["activities"]["list"]>>;

/** Every page of `activities.list` (or `mine`), in order; `afterPage` runs between fetches. */
async function listAll(
  fetch: (cursor: string | undefined) => Promise<Page>,
  afterPage?: () => Promise<void>,
) {
  const ids: string[] = [];
  const pages: Page[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    pages.push(page);
    ids.push(...page.items.map((item) => item.id));
    cursor = page.next_cursor ?? undefined;
    if (cursor !== undefined) await afterPage?.();
  } while (cursor !== undefined);
  return { ids, pages };
}

const allOf = (caller: Caller, input: ListInput) =>
  listAll((cursor) => caller.activities.list({ ...input, cursor }));
const allMine = (caller: Caller, input: MineInput) =>
  listAll((cursor) => caller.activities.mine({ ...input, cursor }));

const at = (iso: string) => new Date(iso);
const sorted = (ids: string[]) => [...ids].sort();

async function logEntry(
  user: { userId: string } | string,
  type: ActivityType,
  createdAt: Date,
  actor?: { userId: string },
) {
  const row = await db.userActivity.create({
    data: {
      user_id: typeof user === "string" ? user : user.userId,
      actor_id: actor?.userId ?? null,
      activity_type: type,
      activity_data: { note: type },
      ip_address: "203.0.113.9",
      user_agent: "Mozilla/5.0 (Test)",
      device_type: "desktop",
      created_at: createdAt,
    },
  });
  return row.id;
}

const personOf = async (userId: string) =>
  db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, first_name: true, last_name: true, email: true },
  });

// ONE'S OWN ACTIVITY ------------------------------------------------------------------------------

describe("activities.mine", async () => {
  const { orgAdmin, instructor } = world.a;
  const learner: UserActor = {
    kind: "user",
    userId: (await createUser(db, { organization_id: world.a.organizationId })).id,
    organizationId: world.a.organizationId,
    role: "LEARNER",
  };
  const own = {
    profile: await logEntry(learner, "PROFILE_UPDATED", at("2024-05-01T08:00:00Z")),
    role: await logEntry(learner, "ROLE_CHANGED", at("2024-05-02T08:00:00Z"), orgAdmin),
    skill: await logEntry(learner, "SKILL_ADDED", at("2024-05-03T08:00:00Z")),
    goal: await logEntry(learner, "GOAL_CREATED", at("2024-05-04T08:00:00Z")),
  };
  // Someone else's entries, including one the learner appears in as nothing but a name.
  await logEntry(instructor, "SKILL_VERIFIED", at("2024-05-03T09:00:00Z"), learner);
  await logEntry(world.b.learner, "PROFILE_UPDATED", at("2024-05-03T10:00:00Z"));
  const caller = callerAs(db, learner);

  it("lists the caller's own entries only, newest first, with who it is about and who did it", async () => {
    const page = await caller.activities.mine({});
    expect(page.items.map((item) => item.id)).toEqual([own.goal, own.skill, own.role, own.profile]);
    expect(page.next_cursor).toBeNull();

    const me = await personOf(learner.userId);
    const admin = await personOf(orgAdmin.userId);
    const role = page.items.find((item) => item.id === own.role);
    expect(role).toEqual({
      id: own.role,
      user_id: learner.userId,
      actor_id: orgAdmin.userId,
      activity_type: "ROLE_CHANGED",
      activity_data: { note: "ROLE_CHANGED" },
      ip_address: "203.0.113.9",
      user_agent: "Mozilla/5.0 (Test)",
      device_type: "desktop",
      created_at: "2024-05-02T08:00:00.000Z",
      user: me,
      actor: admin,
    });
    expect(page.items.find((item) => item.id === own.profile)?.actor).toBeNull();
  });

  it("filters by one type, several types and a date range (bounds inclusive)", async () => {
    const ids = async (input: MineInput) =>
      (await caller.activities.mine(input)).items.map((item) => item.id);
    expect(await ids({ activity_type: "SKILL_ADDED" })).toEqual([own.skill]);
    expect(await ids({ activity_type: ["PROFILE_UPDATED", "GOAL_CREATED"] })).toEqual([
      own.goal,
      own.profile,
    ]);
    expect(await ids({ activity_type: ["USER_CREATED"] })).toEqual([]);
    expect(
      await ids({ created_from: "2024-05-02T08:00:00Z", created_to: "2024-05-03T10:00:00+02:00" }),
    ).toEqual([own.skill, own.role]);
    expect(
      await ids({
        created_from: "2024-05-01T00:00:00Z",
        created_to: "2024-05-03T23:59:59Z",
        activity_type: ["ROLE_CHANGED", "GOAL_CREATED"],
      }),
    ).toEqual([own.role]);
  });

  it("pages through the caller's entries", async () => {
    const { ids, pages } = await allMine(caller, { limit: 3 });
    expect(ids).toEqual([own.goal, own.skill, own.role, own.profile]);
    expect(pages).toHaveLength(2);
  });

  it("is for signed-in users only", async () => {
    await expectRefused(callerAs(db, null).activities.mine({}), "UNAUTHENTICATED");
    await expectRefused(callerAs(db, world.a.keyAllScopes).activities.mine({}), "FORBIDDEN");
    await expectRefused(
      caller.activities.mine({ user_id: world.b.learner.userId } as MineInput),
      "VALIDATION_FAILED",
    );
  });
});

// AN ORGANIZATION'S ACTIVITY: WHO SEES WHAT -------------------------------------------------------

describe("activities.list scope", async () => {
  const entriesOf = async (organizationId: string) =>
    (
      await db.userActivity.findMany({
        where: { user: { organization_id: organizationId } },
        select: { id: true },
      })
    ).map((row) => row.id);

  await logEntry(world.a.learner, "USER_UPDATED", at("2024-06-01T00:00:00Z"), world.a.orgAdmin);
  await logEntry(world.a.instructor, "PASSWORD_CHANGED", at("2024-06-02T00:00:00Z"));
  await logEntry(world.b.learner, "USER_UPDATED", at("2024-06-01T00:00:00Z"), world.b.orgAdmin);
  // A super admin (a member of A) acting on someone of B: B's entry, not A's.
  const superOnB = await logEntry(
    world.b.instructor,
    "ROLE_CHANGED",
    at("2024-06-03T00:00:00Z"),
    world.superAdmin,
  );
  // Read when the tests run: the describe blocks below log entries of their own first.
  const everything = async () =>
    (await db.userActivity.findMany({ select: { id: true } })).map((row) => row.id);

  it("shows an org admin and a scoped key their organization's entries only", async () => {
    const inA = await entriesOf(world.a.organizationId);
    const inB = await entriesOf(world.b.organizationId);
    expect(inA.length).toBeGreaterThan(1);
    for (const actor of [world.a.orgAdmin, world.a.keyAllScopes]) {
      const { ids } = await allOf(callerAs(db, actor), { limit: 100 });
      expect(sorted(ids)).toEqual(sorted(inA));
      expect(ids).not.toContain(superOnB);
    }
    const { ids } = await allOf(callerAs(db, world.b.orgAdmin), {});
    expect(sorted(ids)).toEqual(sorted(inB));
    const page = await callerAs(db, world.b.orgAdmin).activities.list({
      actor_id: world.superAdmin.userId,
    });
    expect(page.items.map((item) => item.id)).toEqual([superOnB]);
    expect(page.items[0]?.actor).toEqual(await personOf(world.superAdmin.userId));
  });

  it("keeps them in it: another organization is NOT_FOUND, its people match nothing", async () => {
    const inA = await entriesOf(world.a.organizationId);
    const orgAdmin = callerAs(db, world.a.orgAdmin);
    await expectRefused(
      orgAdmin.activities.list({ organization_id: world.b.organizationId }),
      "NOT_FOUND",
    );
    await expectRefused(
      callerAs(db, world.a.keyAllScopes).activities.list({
        organization_id: world.b.organizationId,
      }),
      "NOT_FOUND",
    );
    const own = await allOf(orgAdmin, { organization_id: world.a.organizationId });
    expect(sorted(own.ids)).toEqual(sorted(inA));
    for (const filter of [
      { user_id: world.b.learner.userId },
      { actor_id: world.b.orgAdmin.userId },
      { user_id: randomUUID() },
    ]) {
      expect((await orgAdmin.activities.list(filter)).items).toEqual([]);
    }
  });

  it("shows super admins and platform keys everything, or one organization", async () => {
    const inB = await entriesOf(world.b.organizationId);
    for (const actor of [world.superAdmin, world.platformKey]) {
      const caller = callerAs(db, actor);
      const all = await everything();
      expect(sorted((await allOf(caller, { limit: 100 })).ids)).toEqual(sorted(all));
      const onlyB = await allOf(caller, { organization_id: world.b.organizationId });
      expect(sorted(onlyB.ids)).toEqual(sorted(inB));
      expect((await caller.activities.list({ organization_id: randomUUID() })).items).toEqual([]);
    }
  });

  it("refuses learners, instructors and keys without activities:read", async () => {
    const usersOnly: ApiKeyActor = { ...world.a.keyAllScopes, scopes: ["users:read"] };
    await expectRefused(callerAs(db, world.a.learner).activities.list({}), "FORBIDDEN");
    await expectRefused(callerAs(db, world.a.instructor).activities.list({}), "FORBIDDEN");
    await expectRefused(callerAs(db, usersOnly).activities.list({}), "FORBIDDEN");
    await expectRefused(callerAs(db, null).activities.list({}), "UNAUTHENTICATED");
  });
});

// FILTERS -----------------------------------------------------------------------------------------

describe("activities.list filters", async () => {
  const organization = await createOrganization(db, { name: "Activity filters" });
  const member = async (role: UserActor["role"]) => {
    const user = await createUser(db, { organization_id: organization.id, role });
    return { userId: user.id };
  };
  const admin = await member("ORG_ADMIN");
  const ann = await member("LEARNER");
  const bob = await member("LEARNER");
  const caller = callerAs(db, {
    kind: "user",
    userId: admin.userId,
    organizationId: organization.id,
    role: "ORG_ADMIN",
  });

  const types = ["PROFILE_UPDATED", "SKILL_ADDED", "GOAL_CREATED", "ROLE_CHANGED"] as const;
  const entries: { id: string; user: string; actor: string | null; type: string; at: Date }[] = [];
  for (let day = 1; day <= 6; day += 1) {
    for (const [i, type] of types.entries()) {
      for (const person of [ann, bob]) {
        const byAdmin = (day + i) % 3 === 0;
        const created = at(`2024-07-0${day}T${String(8 + i).padStart(2, "0")}:00:00.000Z`);
        const id = await logEntry(person, type, created, byAdmin ? admin : undefined);
        entries.push({
          id,
          user: person.userId,
          actor: byAdmin ? admin.userId : null,
          type,
          at: created,
        });
      }
    }
  }
  const newestFirst = (list: typeof entries) =>
    [...list]
      .sort((x, y) => y.at.getTime() - x.at.getTime() || (x.id < y.id ? 1 : -1))
      .map((entry) => entry.id);

  const expectIds = async (input: ListInput, expected: typeof entries) => {
    const { ids } = await allOf(caller, { limit: 5, ...input });
    expect(ids).toEqual(newestFirst(expected));
  };

  it("lists everything newest first without filters", async () => {
    await expectIds({}, entries);
  });

  it("filters by one or several types, by user, by actor and by a date range alone", async () => {
    await expectIds(
      { activity_type: "SKILL_ADDED" },
      entries.filter((entry) => entry.type === "SKILL_ADDED"),
    );
    await expectIds(
      { activity_type: ["SKILL_ADDED", "ROLE_CHANGED", "SKILL_ADDED"] },
      entries.filter((entry) => entry.type === "SKILL_ADDED" || entry.type === "ROLE_CHANGED"),
    );
    await expectIds(
      { user_id: bob.userId },
      entries.filter((entry) => entry.user === bob.userId),
    );
    await expectIds(
      { actor_id: admin.userId },
      entries.filter((entry) => entry.actor === admin.userId),
    );
    // Both bounds inclusive, offsets honoured (11:00+02:00 is 09:00 UTC).
    await expectIds(
      { created_from: "2024-07-02T09:00:00.000Z", created_to: "2024-07-04T11:00:00+02:00" },
      entries.filter(
        (entry) => entry.at >= at("2024-07-02T09:00:00Z") && entry.at <= at("2024-07-04T09:00:00Z"),
      ),
    );
  });

  it("combines every filter with AND", async () => {
    const expected = entries.filter(
      (entry) =>
        (entry.type === "PROFILE_UPDATED" || entry.type === "GOAL_CREATED") &&
        entry.user === ann.userId &&
        entry.actor === admin.userId &&
        entry.at >= at("2024-07-02T00:00:00Z") &&
        entry.at <= at("2024-07-05T23:59:59Z"),
    );
    expect(expected.length).toBeGreaterThan(0);
    await expectIds(
      {
        activity_type: ["PROFILE_UPDATED", "GOAL_CREATED"],
        user_id: ann.userId,
        actor_id: admin.userId,
        created_from: "2024-07-02T00:00:00Z",
        created_to: "2024-07-05T23:59:59Z",
      },
      expected,
    );
    await expectIds({ user_id: ann.userId, actor_id: bob.userId }, []);
  });

  it.each([
    ["an unknown type", { activity_type: "NAP_TAKEN" }, "activity_type"],
    ["an empty list of types", { activity_type: [] }, "activity_type"],
    ["a list with an unknown type", { activity_type: ["SKILL_ADDED", "NAP"] }, "activity_type"],
    ["a date that is not ISO", { created_from: "yesterday" }, "created_from"],
    ["a date without an offset", { created_to: "2024-07-01T00:00:00" }, "created_to"],
    [
      "a range the wrong way round",
      { created_from: "2024-07-02T00:00:00Z", created_to: "2024-07-01T00:00:00Z" },
      "created_from",
    ],
    ["a user id that is not a UUID", { user_id: "42" }, "user_id"],
    ["an actor id that is not a UUID", { actor_id: "admin" }, "actor_id"],
    ["an unknown field", { sort: "created_at" }, "sort"],
  ])("refuses %s with VALIDATION_FAILED", async (_why, input, path) => {
    await expectRefused(caller.activities.list(input as ListInput), "VALIDATION_FAILED", path);
  });

  it("compares the range as instants, not as text", async () => {
    // 10:00+02:00 is 08:00 UTC, before 09:00Z: as text each would compare the other way round.
    const page = await caller.activities.list({
      created_from: "2024-07-01T10:00:00+02:00",
      created_to: "2024-07-01T09:00:00Z",
    });
    expect(page.items.map((item) => item.id)).toEqual(
      newestFirst(
        entries.filter(
          (entry) =>
            entry.at >= at("2024-07-01T08:00:00Z") && entry.at <= at("2024-07-01T09:00:00Z"),
        ),
      ),
    );
    await expectRefused(
      caller.activities.list({
        created_from: "2024-07-01T09:00:00Z",
        created_to: "2024-07-01T10:00:00+02:00",
      }),
      "VALIDATION_FAILED",
      "created_from",
    );
  });
});

// LIMIT AND CURSOR VALIDATION ---------------------------------------------------------------------

describe("activities limit and cursor", () => {
  const caller = callerAs(db, world.a.orgAdmin);
  const mine = callerAs(db, world.a.learner);

  it.each([0, 101, -1, 1.5])(
    "refuses limit %j with VALIDATION_FAILED on `limit`",
    async (limit) => {
      await expectRefused(caller.activities.list({ limit }), "VALIDATION_FAILED", "limit");
      await expectRefused(mine.activities.mine({ limit }), "VALIDATION_FAILED", "limit");
    },
  );

  const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const valid = { created_at: "2024-01-01 00:00:00.123", id: randomUUID() };

  it.each([
    ["not base64 JSON", "not-a-cursor!"],
    ["JSON of the wrong shape", base64({ hello: "world" })],
    [
      "a users-list cursor",
      base64({ sort: "created_at", order: "desc", value: "x", id: valid.id }),
    ],
    ["an id that is not a UUID", base64({ ...valid, id: "1; DROP TABLE users" })],
    ["a timestamp PostgreSQL would read as a word", base64({ ...valid, created_at: "yesterday" })],
    ["a timestamp that is not an instant", base64({ ...valid, created_at: "2024-02-31 25:61:00" })],
    ["no timestamp", base64({ ...valid, created_at: null })],
    ["an extra field", base64({ ...valid, more: 1 })],
    ["too long", "a".repeat(501)],
  ])("refuses a malformed cursor (%s) with VALIDATION_FAILED on `cursor`", async (_why, cursor) => {
    await expectRefused(caller.activities.list({ cursor }), "VALIDATION_FAILED", "cursor");
    await expectRefused(mine.activities.mine({ cursor }), "VALIDATION_FAILED", "cursor");
  });

  it("accepts a well-formed cursor of no row: the rows before it", async () => {
    const page = await caller.activities.list({ cursor: encodeActivityCursor(valid) });
    for (const item of page.items)
      expect(Date.parse(item.created_at) <= Date.parse("2024-01-01T00:00:00.123Z")).toBe(true);
  });
});

// PAGING THROUGH A LARGE LOG ----------------------------------------------------------------------

describe("paging through 1,200 entries", async () => {
  const organization = await createOrganization(db, { name: "Activity paging" });
  const people = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      createUser(db, { organization_id: organization.id, role: i === 0 ? "ORG_ADMIN" : "LEARNER" }),
    ),
  );
  const pagingAdmin: UserActor = {
    kind: "user",
    userId: people[0]?.id ?? "",
    organizationId: organization.id,
    role: "ORG_ADMIN",
  };
  const heavyUser: UserActor = { ...pagingAdmin, userId: people[1]?.id ?? "", role: "LEARNER" };
  const base = Date.parse("2024-03-01T00:00:00.000Z");
  const typeCycle: ActivityType[] = ["PROFILE_UPDATED", "SKILL_ADDED", "GOAL_UPDATED", "SIGNED_IN"];
  const rows: Prisma.UserActivityCreateManyInput[] = Array.from({ length: 1200 }, (_, i) => ({
    id: randomUUID(),
    // the heavy user has a third of the log; the rest is spread over everyone
    user_id: (i % 3 === 0 ? people[1] : people[i % people.length])?.id ?? "",
    actor_id: i % 7 === 0 ? pagingAdmin.userId : null,
    activity_type: typeCycle[i % typeCycle.length] ?? "SIGNED_IN",
    // 300 distinct instants (with milliseconds), four entries each (7919 is prime to 300)
    created_at: new Date(base + ((i * 7919) % 300) * 1001),
  }));
  await db.userActivity.createMany({ data: rows });
  await db.$executeRawUnsafe(`ANALYZE "user_activities"`);
  await db.$executeRawUnsafe(`ANALYZE "users"`);
  const caller = callerAs(db, pagingAdmin);

  const newestFirst = (list: typeof rows) =>
    [...list]
      .sort(
        (x, y) =>
          (y.created_at as Date).getTime() - (x.created_at as Date).getTime() ||
          ((x.id ?? "") < (y.id ?? "") ? 1 : -1),
      )
      .map((row) => row.id ?? "");

  it("returns each entry exactly once, newest first, with page ends inside groups of ties", async () => {
    const { ids, pages } = await allOf(caller, { limit: 37 });
    expect(ids).toHaveLength(1200);
    expect(new Set(ids).size).toBe(1200);
    expect(ids).toEqual(newestFirst(rows));
    expect(pages).toHaveLength(Math.ceil(1200 / 37));
    expect(pages.at(-1)?.next_cursor).toBeNull();
    const splitTies = pages.slice(1).filter((page, i) => {
      const previous = pages[i]?.items.at(-1);
      return previous?.created_at === page.items[0]?.created_at;
    });
    expect(splitTies.length).toBeGreaterThan(0);
  });

  it("pages one's own log the same way", async () => {
    const { ids } = await allMine(callerAs(db, heavyUser), { limit: 100 });
    expect(ids).toEqual(newestFirst(rows.filter((row) => row.user_id === heavyUser.userId)));
  });

  it("pages a filtered list", async () => {
    const { ids } = await allOf(caller, {
      limit: 50,
      activity_type: ["SKILL_ADDED", "SIGNED_IN"],
      actor_id: pagingAdmin.userId,
    });
    expect(ids).toEqual(
      newestFirst(
        rows.filter(
          (row) =>
            (row.activity_type === "SKILL_ADDED" || row.activity_type === "SIGNED_IN") &&
            row.actor_id === pagingAdmin.userId,
        ),
      ),
    );
  });

  it("stays stable while entries are logged between pages", async () => {
    const before = (
      await db.userActivity.findMany({
        where: { user: { organization_id: organization.id } },
        select: { id: true },
      })
    ).map((row) => row.id);
    let added = 0;
    const logMore = async () => {
      // New entries now, and new entries tied with old ones on both sides of the cursor.
      const twin = rows[(added * 101) % rows.length];
      await db.userActivity.createMany({
        data: [0, 1, 2].map((k) => ({
          user_id: people[(added + k) % people.length]?.id ?? "",
          activity_type: "SIGNED_IN" as const,
          created_at: k === 0 ? new Date() : (twin?.created_at ?? new Date()),
        })),
      });
      added += 3;
    };
    const { ids } = await listAll(
      (cursor) => caller.activities.list({ limit: 100, cursor }),
      logMore,
    );
    expect(added).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Set(ids);
    expect(before.filter((id) => !seen.has(id))).toEqual([]);
  });

  it("reads a page in a fixed number of queries, whatever its size (no N+1)", async () => {
    let operations = 0;
    const counting = db.$extends({
      query: {
        $allOperations({ args, query }) {
          operations += 1;
          return query(args);
        },
      },
    }) as unknown as Db;
    const countFor = async (limit: number) => {
      operations = 0;
      const page = await callerAs(counting, pagingAdmin).activities.list({ limit });
      expect(page.items).toHaveLength(limit);
      expect(page.items.every((item) => item.user.id === item.user_id)).toBe(true);
      return operations;
    };
    const one = await countFor(1);
    expect(await countFor(100)).toBe(one);
    expect(one).toBeLessThanOrEqual(2);
  });

  it("answers from indexes (EXPLAIN)", async () => {
    const plans = await explainRecordedQueries(db, "created_at_text", async (spy) => {
      const admin = callerAs(spy, pagingAdmin);
      const first = await admin.activities.list({ limit: 20 });
      await admin.activities.list({ limit: 20, cursor: first.next_cursor ?? undefined });
      const mine = await callerAs(spy, heavyUser).activities.mine({ limit: 20 });
      await callerAs(spy, heavyUser).activities.mine({
        limit: 20,
        cursor: mine.next_cursor ?? undefined,
      });
      await callerAs(spy, world.superAdmin).activities.list({ limit: 20 });
      await admin.activities.list({ actor_id: pagingAdmin.userId, limit: 20 });
      await admin.activities.list({ activity_type: ["SKILL_ADDED"], limit: 20 });
      await admin.activities.list({ user_id: heavyUser.userId, limit: 20 });
    });
    expect(plans).toHaveLength(8);
    const [organizationPage, nextPage, mine, mineNext, everywhere, byActor, byType, byUser] = plans;

    for (const { plan } of plans) expect(plan).not.toMatch(/Seq Scan/);
    for (const page of [organizationPage, nextPage]) {
      expect(page?.sql).toMatch(/JOIN "users" u ON/);
      expect(page?.plan).toMatch(indexScan("user_activities_\\w+_idx"));
    }
    // The cursor bounds an index range, so a deep page does not read the pages before it.
    expect(nextPage?.plan).toMatch(/Index Cond: .*created_at <= /);
    for (const page of [mine, mineNext]) {
      expect(page?.plan).toMatch(indexScan("user_activities_user_id_created_at_idx"));
    }
    expect(mineNext?.plan).toMatch(/Index Cond: \(\(user_id = .*\(created_at <= /);
    expect(everywhere?.plan).toMatch(/Index Scan Backward using user_activities_created_at_idx /);
    expect(byActor?.plan).toMatch(indexScan("user_activities_(actor_id|created_at)_idx"));
    expect(byType?.plan).toMatch(indexScan("user_activities_(activity_type|created_at)_idx"));
    expect(byUser?.plan).toMatch(indexScan("user_activities_user_id_created_at_idx"));
  });
});
