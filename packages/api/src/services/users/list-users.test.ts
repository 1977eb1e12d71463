import { randomUUID } from "node:crypto";

import type { Prisma } from "@ums/db";
import { createOrganization, createTestDatabase, createUser } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { UserActor } from "../../auth/actor";
import { AppError, type AppErrorCode } from "../../errors";
import { callerAs, createWorld, explainRecordedQueries, indexScan, testMeta } from "../../testing";

const { db } = await createTestDatabase();
const world = await createWorld(db);

type Caller = ReturnType<typeof callerAs>;
type ListInput = Parameters<Caller["users"]["list"]>[0];
type ListPage = Awaited<ReturnType<Caller["users"]["list"]>>;

const asActor = (user: { id: string; organization_id: string; role: UserActor["role"] }) =>
  ({
    kind: "user",
    userId: user.id,
    organizationId: user.organization_id,
    role: user.role,
  }) satisfies UserActor;

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function expectRefused(promise: Promise<unknown>, code: AppErrorCode, path?: string) {
  const error = await failure(promise);
  expect(error.appCode).toBe(code);
  if (path !== undefined) expect(error.details.map((detail) => detail.path)).toContain(path);
}

/** Every page of a list, in order; `afterPage` runs between fetches. */
async function listAll(
  caller: Caller,
  input: ListInput,
  afterPage?: (page: ListPage) => Promise<void>,
) {
  const ids: string[] = [];
  const pages: ListPage[] = [];
  let cursor: string | undefined;
  do {
    const page = await caller.users.list({ ...input, cursor });
    pages.push(page);
    ids.push(...page.items.map((item) => item.id));
    cursor = page.next_cursor ?? undefined;
    if (cursor !== undefined) await afterPage?.(page);
  } while (cursor !== undefined);
  return { ids, pages };
}

const at = (iso: string) => new Date(iso);
const sorted = (ids: string[]) => [...ids].sort();

// FILTERS -----------------------------------------------------------------------------------------

describe("users.list filters", async () => {
  const organization = await createOrganization(db, { name: "Filters" });
  const admin = await createUser(db, {
    organization_id: organization.id,
    role: "ORG_ADMIN",
    first_name: "Filter",
    last_name: "Admin",
    created_at: at("2023-06-01T00:00:00Z"),
  });
  const caller = callerAs(db, asActor(admin));

  const roles = ["LEARNER", "INSTRUCTOR", "ORG_ADMIN"] as const;
  const statuses = ["ACTIVE", "INACTIVE", "SUSPENDED"] as const;
  const days = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"];
  const people: { id: string; role: string; status: string; created: Date; marked: boolean }[] = [];
  let n = 0;
  for (const role of roles) {
    for (const status of statuses) {
      for (const day of days) {
        const marked = n % 2 === 0;
        const created = at(`${day}T12:00:00.000Z`);
        const user = await createUser(db, {
          organization_id: organization.id,
          role,
          status,
          first_name: marked ? `Kestrel${n}` : `Plain${n}`,
          last_name: "Filtered",
          email: `filtered-${n}@filters.test`,
          created_at: created,
        });
        people.push({ id: user.id, role, status, created, marked });
        n += 1;
      }
    }
  }
  const everyone = [admin.id, ...people.map((person) => person.id)];

  const expectIds = async (input: ListInput, expected: string[]) => {
    const { ids } = await listAll(caller, { limit: 7, ...input });
    expect(sorted(ids)).toEqual(sorted(expected));
    const first = await caller.users.list({ ...input, include_total: true, limit: 1 });
    expect(first.total).toBe(expected.length);
  };

  it("lists the whole organization without filters", async () => {
    await expectIds({}, everyone);
  });

  it("filters by role, by status and by created range alone", async () => {
    await expectIds(
      { role: "INSTRUCTOR" },
      people.filter((person) => person.role === "INSTRUCTOR").map((person) => person.id),
    );
    await expectIds(
      { status: "SUSPENDED" },
      people.filter((person) => person.status === "SUSPENDED").map((person) => person.id),
    );
    // Both bounds are inclusive, and an offset is honoured (14:00+02:00 is 12:00 UTC).
    await expectIds(
      { created_from: "2024-03-02T12:00:00.000Z", created_to: "2024-03-03T14:00:00+02:00" },
      people
        .filter((person) => person.created >= at("2024-03-02T12:00:00Z"))
        .filter((person) => person.created <= at("2024-03-03T12:00:00Z"))
        .map((person) => person.id),
    );
  });

  it("combines role + status + created range + search with AND", async () => {
    const from = at("2024-03-02T00:00:00Z");
    const to = at("2024-03-03T23:59:59Z");
    const expected = people.filter(
      (person) =>
        person.role === "LEARNER" &&
        person.status === "ACTIVE" &&
        person.created >= from &&
        person.created <= to &&
        person.marked,
    );
    expect(expected.length).toBeGreaterThan(0);
    await expectIds(
      {
        role: "LEARNER",
        status: "ACTIVE",
        created_from: from.toISOString(),
        created_to: to.toISOString(),
        search: "KESTREL",
      },
      expected.map((person) => person.id),
    );
    await expectIds({ role: "SUPER_ADMIN", status: "ACTIVE" }, []);
  });

  it("include_total counts every match, not the page, and ignores the cursor", async () => {
    const input = { status: "ACTIVE", search: "plain" } as const;
    const { ids, pages } = await listAll(caller, { ...input, limit: 3, include_total: true });
    expect(ids.length).toBe(
      people.filter((person) => person.status === "ACTIVE" && !person.marked).length,
    );
    for (const page of pages) {
      expect(page.total).toBe(ids.length);
      expect(page.total_kind).toBe("exact");
    }
    const withoutTotal = await caller.users.list({ ...input, limit: 3 });
    expect(withoutTotal.total).toBeUndefined();
    expect(withoutTotal.total_kind).toBeUndefined();
  });

  it("counts up to USERS_LIST_COUNT_CAP: exact up to it, at_least beyond", async () => {
    const input = { status: "ACTIVE", search: "plain", limit: 1, include_total: true } as const;
    const matching = (await caller.users.list(input)).total ?? 0;
    expect(matching).toBeGreaterThan(2);
    const cappedAt = (cap: number) =>
      callerAs(db, asActor(admin), testMeta, { USERS_LIST_COUNT_CAP: cap }).users.list(input);
    // Exactly at the cap: still exact (the count reads one row past the cap to tell).
    expect(await cappedAt(matching)).toMatchObject({ total: matching, total_kind: "exact" });
    expect(await cappedAt(matching + 1)).toMatchObject({ total: matching, total_kind: "exact" });
    expect(await cappedAt(matching - 1)).toMatchObject({
      total: matching - 1,
      total_kind: "at_least",
    });
    expect(await cappedAt(1)).toMatchObject({ total: 1, total_kind: "at_least" });
    expect(await caller.users.list({ ...input, search: "no such person anywhere" })).toMatchObject({
      total: 0,
      total_kind: "exact",
    });
  });
});

// SEARCH ------------------------------------------------------------------------------------------

describe("users.list search", async () => {
  const organization = await createOrganization(db, { name: "Search" });
  const admin = await createUser(db, {
    organization_id: organization.id,
    role: "ORG_ADMIN",
    first_name: "Search",
    last_name: "Admin",
    email: "search-admin@search.test",
  });
  const caller = callerAs(db, asActor(admin));
  const member = (data: Partial<Prisma.UserUncheckedCreateInput>) =>
    createUser(db, { organization_id: organization.id, ...data });

  const marguerite = await member({
    first_name: "Marguerite",
    last_name: "Oyelaran",
    email: "mo@wavecrest.test",
    username: "mags_1984",
  });
  const theodore = await member({
    first_name: "Theodore",
    last_name: "Brandt-Kim",
    email: "tbk@northfield.test",
    username: "teddy.b",
  });
  const percent = await member({ first_name: "Rate", last_name: "Fifty50%", email: "r1@s.test" });
  const lookalike = await member({ first_name: "Rate", last_name: "Fifty50x", email: "r2@s.test" });
  const underscore = await member({ first_name: "Una", last_name: "Score", username: "ab_cd" });
  // What "b_c" would match if "_" were a wildcard:
  await member({ first_name: "Una", last_name: "Plain", username: "abxcd" });
  const backslash = await member({ first_name: "Back", last_name: "Sl\\ash", email: "b@s.test" });
  const olafur = await member({ first_name: "Ólafur", last_name: "Þórsson", email: "o@s.test" });
  // Someone of another organization who matches, and must stay invisible to this admin.
  const elsewhere = await createUser(db, {
    organization_id: world.b.organizationId,
    first_name: "Marguerite",
    last_name: "Elsewhere",
  });

  const found = async (search: string) => {
    const { ids } = await listAll(caller, { search, limit: 100 });
    return sorted(ids);
  };

  it.each([
    ["GUERITE", "first name, upper case"],
    ["oyeLARAN", "last name, mixed case"],
    ["rite oye", "across first and last name"],
    ["Marguerite Oyelaran", "the full name"],
    ["WAVECREST.test", "e-mail"],
    ["MAGS_19", "username"],
  ])("finds %j (%s)", async (search) => {
    expect(await found(search)).toEqual([marguerite.id]);
  });

  it("finds a username with a dot and a last name with a hyphen", async () => {
    expect(await found("Teddy.B")).toEqual([theodore.id]);
    expect(await found("brandt-k")).toEqual([theodore.id]);
  });

  it("treats LIKE metacharacters % and _ and the escape \\ literally", async () => {
    expect(await found("50%")).toEqual([percent.id]);
    expect(await found("%")).toEqual([percent.id]);
    expect(await found("b_c")).toEqual([underscore.id]);
    expect(await found("_")).toEqual(sorted([underscore.id, marguerite.id]));
    expect(await found("l\\a")).toEqual([backslash.id]);
    expect(await found("fifty50")).toEqual(sorted([percent.id, lookalike.id]));
  });

  // Folding non-ASCII case is up to the database's ctype (the embedded server's is C, which folds
  // ASCII only); the same letters as stored must match whatever it is.
  it("finds non-ASCII letters as written", async () => {
    expect(await found("Ólaf")).toEqual([olafur.id]);
    expect(await found("órss")).toEqual([olafur.id]);
  });

  it("finds nothing for a term nobody has, and never another organization's users", async () => {
    expect(await found("zzqx")).toEqual([]);
    expect(await found("marguerite")).not.toContain(elsewhere.id);
    const all = await callerAs(db, world.superAdmin).users.list({ search: "marguerite" });
    expect(sorted(all.items.map((item) => item.id))).toEqual(sorted([marguerite.id, elsewhere.id]));
  });
});

// ORGANIZATION FILTER ------------------------------------------------------------------------------

describe("users.list organization filter", () => {
  it("lets a super admin list one organization, or all of them", async () => {
    const superAdmin = callerAs(db, world.superAdmin);
    const inB = await db.user.findMany({
      where: { organization_id: world.b.organizationId },
      select: { id: true },
    });
    const { ids } = await listAll(superAdmin, {
      organization_id: world.b.organizationId,
      limit: 100,
    });
    expect(sorted(ids)).toEqual(sorted(inB.map((user) => user.id)));

    const everywhere = await superAdmin.users.list({ include_total: true, limit: 1 });
    expect(everywhere.total).toBe(await db.user.count());

    const nowhere = await superAdmin.users.list({ organization_id: randomUUID() });
    expect(nowhere.items).toEqual([]);
  });

  it("keeps an org admin in their organization: naming another is NOT_FOUND", async () => {
    const orgAdmin = callerAs(db, world.a.orgAdmin);
    await expectRefused(
      orgAdmin.users.list({ organization_id: world.b.organizationId }),
      "NOT_FOUND",
    );
    const own = await orgAdmin.users.list({
      organization_id: world.a.organizationId,
      limit: 100,
    });
    expect(own.items.length).toBeGreaterThan(0);
    for (const item of own.items) expect(item.organization_id).toBe(world.a.organizationId);
  });
});

// LIMIT AND CURSOR VALIDATION ---------------------------------------------------------------------

describe("users.list limit and cursor", () => {
  const caller = callerAs(db, world.a.orgAdmin);

  it.each([0, 101, -1, 1.5])(
    "refuses limit %j with VALIDATION_FAILED on `limit`",
    async (limit) => {
      await expectRefused(caller.users.list({ limit }), "VALIDATION_FAILED", "limit");
    },
  );

  it("accepts limit 1 and 100", async () => {
    const one = await caller.users.list({ limit: 1 });
    expect(one.items).toHaveLength(1);
    expect(one.next_cursor).not.toBeNull();
    const hundred = await caller.users.list({ limit: 100 });
    expect(hundred.items.length).toBeLessThanOrEqual(100);
  });

  const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const validShape = {
    sort: "created_at",
    order: "desc",
    value: "2024-01-01 00:00:00",
    id: randomUUID(),
  };

  it.each([
    ["not base64 JSON", "created_at", "not-a-cursor!"],
    ["JSON of the wrong shape", "created_at", base64({ hello: "world" })],
    ["an id that is not a UUID", "created_at", base64({ ...validShape, id: "1; DROP TABLE" })],
    ["a timestamp that is not one", "created_at", base64({ ...validShape, value: "yesterday" })],
    ["NULL for a column without NULLs", "created_at", base64({ ...validShape, value: null })],
    [
      "a timestamp that is not a real instant",
      "last_login",
      base64({ ...validShape, sort: "last_login", value: "2024-02-31 25:61:00" }),
    ],
    [
      "a text PostgreSQL cannot hold",
      "email",
      base64({ ...validShape, sort: "email", value: "a\u0000b" }),
    ],
  ] as const)(
    "refuses a malformed cursor (%s) with VALIDATION_FAILED on `cursor`",
    async (_why, sort, cursor) => {
      await expectRefused(caller.users.list({ cursor, sort }), "VALIDATION_FAILED", "cursor");
    },
  );

  it("refuses a cursor of another sort or order", async () => {
    const page = await caller.users.list({ sort: "email", order: "asc", limit: 1 });
    const cursor = page.next_cursor;
    expect(cursor).not.toBeNull();
    if (cursor === null) return;
    expect((await caller.users.list({ sort: "email", order: "asc", cursor })).items.length).toBe(
      (await caller.users.list({ sort: "email", order: "asc", limit: 100 })).items.length - 1,
    );
    await expectRefused(
      caller.users.list({ sort: "last_name", order: "asc", cursor }),
      "VALIDATION_FAILED",
      "cursor",
    );
    await expectRefused(
      caller.users.list({ sort: "email", order: "desc", cursor }),
      "VALIDATION_FAILED",
      "cursor",
    );
  });
});

// PAGING THROUGH 1,000 USERS ----------------------------------------------------------------------

const sortFields = ["created_at", "last_login", "email", "last_name"] as const;
const orders = ["asc", "desc"] as const;
const sortCases = sortFields.flatMap((sort) => orders.map((order) => ({ sort, order })));

const lastNames = [
  "Smith",
  "smith",
  "SMITH",
  "O'Brien",
  "García",
  "de Vries",
  "Zhang",
  "李",
  "Ünal",
  "Nguyen",
  "Nguyễn",
  "Müller",
  "Mueller",
  "Adams",
  "adams",
  "Zz",
  "A",
  "Okafor",
  "Kowalski",
  "Østergaard",
];
const firstNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Ken", "Radia", "Tim"];
const base = Date.parse("2024-01-01T00:00:00.000Z");

describe("paging through 1,000 users", async () => {
  const organization = await createOrganization(db, { name: "Paging" });
  const adminId = randomUUID();
  const rows: Prisma.UserCreateManyInput[] = Array.from({ length: 1000 }, (_, i) => ({
    id: i === 0 ? adminId : randomUUID(),
    organization_id: organization.id,
    email: `p${String(i).padStart(4, "0")}.${(i * 37) % 1000}@paging.test`,
    first_name: firstNames[i % firstNames.length] ?? "Ada",
    last_name: lastNames[(i * 7) % lastNames.length] ?? "Smith",
    role: i === 0 ? "ORG_ADMIN" : i % 10 === 0 ? "INSTRUCTOR" : "LEARNER",
    status: i % 13 === 0 ? "SUSPENDED" : "ACTIVE",
    // 250 distinct instants (with milliseconds), four users each (7919 is prime to 250)
    created_at: new Date(base + ((i * 7919) % 250) * 1001),
    // a fifth never signed in; the others share 180 distinct instants
    last_login: i % 5 === 0 ? null : new Date(base + 86_400_000 + ((i * 31) % 180) * 60_000),
  }));
  await db.user.createMany({ data: rows });
  await db.$executeRawUnsafe(`ANALYZE "users"`);
  const pagingAdmin: UserActor = {
    kind: "user",
    userId: adminId,
    organizationId: organization.id,
    role: "ORG_ADMIN",
  };
  const caller = callerAs(db, pagingAdmin);

  /** The order a list must have, computed by PostgreSQL over the ids given. */
  const orderInSql = async (ids: string[], sort: string, order: "asc" | "desc") => {
    const direction = order === "asc" ? "ASC" : "DESC";
    const result = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT "id"::text AS id FROM "users" WHERE "id" = ANY($1::uuid[])
       ORDER BY "${sort}" ${direction} NULLS LAST, "id" ${direction}`,
      ids,
    );
    return result.map((row) => row.id);
  };

  /** The same order computed in JavaScript, for the timestamp sorts (no collation involved). */
  const orderInJs = (sort: "created_at" | "last_login", order: "asc" | "desc") => {
    const sign = order === "asc" ? 1 : -1;
    return [...rows]
      .sort((a, b) => {
        const x = (a[sort] as Date | null | undefined)?.getTime() ?? null;
        const y = (b[sort] as Date | null | undefined)?.getTime() ?? null;
        if (x !== y) {
          if (x === null) return 1;
          if (y === null) return -1;
          return sign * (x - y);
        }
        return sign * ((a.id ?? "") < (b.id ?? "") ? -1 : 1);
      })
      .map((row) => row.id ?? "");
  };

  it("has the data it means to test: ties on every sort column but email, NULL last logins", () => {
    const createdAt = new Set(rows.map((row) => (row.created_at as Date).getTime()));
    expect(createdAt.size).toBe(250);
    expect(rows.filter((row) => row.last_login === null)).toHaveLength(200);
    expect(new Set(rows.map((row) => row.last_name)).size).toBe(lastNames.length);
  });

  it.each(sortCases)(
    "sort $sort $order returns each of the 1,000 users exactly once, in order",
    async ({ sort, order }) => {
      const all = rows.map((row) => row.id ?? "");
      const expected = await orderInSql(all, sort, order);
      if (sort === "created_at" || sort === "last_login") {
        expect(expected).toEqual(orderInJs(sort, order));
      }
      // 37 does not divide the tie groups, so page boundaries fall inside groups of equal values.
      const { ids, pages } = await listAll(caller, { sort, order, limit: 37 });
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(1000);
      expect(ids).toEqual(expected);
      expect(pages).toHaveLength(Math.ceil(1000 / 37));
      expect(pages.at(-1)?.next_cursor).toBeNull();
      if (sort !== "email") {
        // Some page ends in the middle of a group of equal values: only the id tells them apart.
        const valueOf = new Map(rows.map((row) => [row.id, String(row[sort])]));
        const splitTies = pages.slice(1).filter((page, i) => {
          const previous = pages[i]?.items.at(-1)?.id;
          return valueOf.get(previous) === valueOf.get(page.items[0]?.id);
        });
        expect(splitTies.length).toBeGreaterThan(0);
      }
    },
  );

  it.each(sortCases)(
    "sort $sort $order stays stable while users are added between pages",
    async ({ sort, order }) => {
      const before = await db.user.findMany({
        where: { organization_id: organization.id },
        select: { id: true },
      });
      const existing = before.map((user) => user.id);
      let added = 0;
      const addUsers = async (page: ListPage) => {
        // Ties with rows on both sides of the cursor, NULL last logins, and new extremes.
        const last = rows[(added * 17) % rows.length];
        const fresh = Array.from({ length: 4 }, (_, k): Prisma.UserCreateManyInput => {
          added += 1;
          const twin = rows[(added * 101) % rows.length];
          return {
            id: randomUUID(),
            organization_id: organization.id,
            email: `new-${sort}-${order}-${added}@paging.test`,
            first_name: "New",
            last_name: k === 3 ? "Aaaaa" : (twin?.last_name ?? "Smith"),
            created_at:
              k === 3
                ? new Date(base - 1000)
                : (twin?.created_at ?? last?.created_at ?? new Date()),
            last_login: k === 2 ? null : (twin?.last_login ?? null),
          };
        });
        expect(page.items.length).toBeGreaterThan(0);
        await db.user.createMany({ data: fresh });
      };

      const { ids } = await listAll(caller, { sort, order, limit: 100 }, addUsers);
      expect(added).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
      const seen = new Set(ids);
      expect(existing.filter((id) => !seen.has(id))).toEqual([]);
      expect(ids).toEqual(await orderInSql(ids, sort, order));
    },
  );

  it("answers an organization's list and the search from indexes (EXPLAIN)", async () => {
    await db.$executeRawUnsafe(`ANALYZE "users"`);
    const plans = await explainRecordedQueries(db, "sort_value", async (spy) => {
      const smallOrganization = callerAs(spy, world.a.orgAdmin);
      await smallOrganization.users.list({ limit: 2 });
      const paging = callerAs(spy, pagingAdmin);
      const newest = await paging.users.list({ limit: 20 });
      await paging.users.list({ limit: 20, cursor: newest.next_cursor ?? undefined });
      const byName = await paging.users.list({ sort: "last_name", order: "asc", limit: 20 });
      await paging.users.list({
        sort: "last_name",
        order: "asc",
        limit: 20,
        cursor: byName.next_cursor ?? undefined,
      });
      await callerAs(spy, world.superAdmin).users.list({ search: "edsger", limit: 20 });
      await smallOrganization.users.list({ search: "alpha", limit: 20 });
    });
    expect(plans).toHaveLength(7);
    const [small, newest, newestNext, byName, byNameNext, search, searchInOrganization] = plans;

    // A small organization: its rows found through an index on organization_id.
    expect(small?.sql).toMatch(/"organization_id" = \$1::uuid/);
    expect(small?.plan).toMatch(indexScan("users_organization_id\\w*_idx"));

    // A large one: read in order from (organization_id, sort column, id), with the cursor as a
    // range of that index, so page 50 costs what page 1 does; nothing is sorted.
    for (const page of [newest, newestNext]) {
      expect(page?.plan).toMatch(/Scan Backward using users_organization_id_created_at_id_idx /);
      expect(page?.plan).not.toMatch(/Sort/);
    }
    expect(newestNext?.plan).toMatch(/Index Cond: \(\(organization_id = .*\(created_at, id\) < /s);
    for (const page of [byName, byNameNext]) {
      expect(page?.plan).toMatch(indexScan("users_organization_id_last_name_id_idx"));
      expect(page?.plan).not.toMatch(/Sort/);
    }
    expect(byNameNext?.plan).toMatch(/Index Cond: \(\(organization_id = .*\(last_name, id\) > /s);

    // Search everywhere: on these few rows the first step, a walk in order testing each row's
    // search_text, reads them all; the trigram index serves the matches a walk does not reach
    // (list-users-plans.test.ts, at 20,000 users).
    expect(search?.sql).toContain(`strpos("search_text", lower(`);
    expect(search?.plan).toMatch(indexScan("users_created_at_id_idx"));
    // Search in an organization: narrowed by an index either way, never a sequential scan.
    expect(searchInOrganization?.plan).toMatch(
      indexScan("(users_search_trgm_idx|users_organization_id\\w*_idx)"),
    );
    expect(searchInOrganization?.plan).not.toMatch(/Seq Scan/);
  });
});
