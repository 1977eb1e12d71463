import { createOrganization, createTestDatabase, createUser } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { UserActor } from "../../auth/actor";
import type { ListUsersInput } from "../../schemas/users";
import { callerAs, explainRecordedQueries, rowsRead, userActor } from "../../testing";
import { encodeCursor } from "./user-list-cursor";

/**
 * `GET /users` at a size where PostgreSQL's planner makes the choices it makes in production:
 * 20,000 users, half of them in one organization (like the benchmark's largest), the rest in 100
 * organizations of 100, VACUUM ANALYZEd. Every query the list sends (the page and the capped
 * count) is EXPLAINed as the planner chooses, with each filter, each sort both ways, searches in
 * each order, and a cursor deep in the list: none may read the users table sequentially, or walk
 * its primary key filtering. A surname whose 1,500 people sort last must be found without reading
 * the organization's other 10,000 users.
 */

const { db } = await createTestDatabase();

const large = await createOrganization(db, { name: "Large", slug: "large" });
const small = await createOrganization(db, { name: "Small", slug: "small" });
const largeAdmin = userActor(
  await createUser(db, { organization_id: large.id, role: "ORG_ADMIN" }),
);
const superAdmin = userActor(
  await createUser(db, { organization_id: small.id, role: "SUPER_ADMIN" }),
);

// One statement loads them all: user i is in the large organization when i is even, otherwise in
// one of 100 others; roles, statuses, names, sign-ins and creation times spread over the rows.
await db.$executeRawUnsafe(
  `INSERT INTO organizations (id, name, slug, created_at, updated_at)
   SELECT gen_random_uuid(), 'Org ' || n, 'org-' || n, now(), now() FROM generate_series(1, 100) AS n`,
);
await db.$executeRaw`
  WITH orgs AS (SELECT array_agg(id ORDER BY slug) AS ids FROM organizations WHERE slug LIKE 'org-%')
  INSERT INTO users (id, email, first_name, last_name, role, organization_id, status,
                     created_at, updated_at, last_login)
  SELECT gen_random_uuid(),
         'person' || i || '@plans.example',
         (ARRAY['Ada','Grace','Edsger','Barbara','Alan','Katherine','Donald','Frances'])[1 + i % 8],
         'Surname' || lpad((i * 7919 % 5000)::text, 4, '0'),
         (CASE WHEN i % 50 = 0 THEN 'ORG_ADMIN' WHEN i % 10 = 0 THEN 'INSTRUCTOR'
               ELSE 'LEARNER' END)::user_role,
         CASE WHEN i % 2 = 0 THEN ${large.id}::uuid ELSE orgs.ids[1 + (i / 2) % 100] END,
         (CASE WHEN i % 97 = 0 THEN 'SUSPENDED' WHEN i % 13 = 0 THEN 'INACTIVE'
               ELSE 'ACTIVE' END)::user_status,
         timestamp '2024-01-01' + (i * 7 % 20000) * interval '37 minutes',
         now(),
         CASE WHEN i % 5 = 0 THEN NULL
              ELSE timestamp '2025-01-01' + (i * 11 % 20000) * interval '13 minutes' END
  FROM generate_series(1, 20000) AS i, orgs`;
// 1,500 people of one surname in the large organization, all after everyone else by last name.
await db.$executeRaw`
  INSERT INTO users (id, email, first_name, last_name, organization_id, created_at, updated_at)
  SELECT gen_random_uuid(), 'zwicky' || i || '@plans.example', 'Fritz', 'Zwicky', ${large.id}::uuid,
         timestamp '2024-01-01' + (i * 13 % 20000) * interval '37 minutes', now()
  FROM generate_series(1, 1500) AS i`;
await db.$executeRawUnsafe(`VACUUM ANALYZE users`);

const sorts = ["created_at", "last_login", "email", "last_name"] as const;
const orders = ["asc", "desc"] as const;

/** A cursor past the 5,000th user of the large organization in this sort: a deep page. */
async function deepCursor(sort: (typeof sorts)[number], order: (typeof orders)[number]) {
  const direction = order === "asc" ? "ASC" : "DESC";
  const nulls = sort === "last_login" ? " NULLS LAST" : "";
  const [row] = await db.$queryRawUnsafe<{ id: string; value: string | null }[]>(
    `SELECT id, "${sort}"::text AS value FROM users WHERE organization_id = $1::uuid
     ORDER BY "${sort}" ${direction}${nulls}, id ${direction} OFFSET 5000 LIMIT 1`,
    large.id,
  );
  if (row === undefined) throw new Error("the large organization has fewer than 5,000 users");
  return encodeCursor({ sort, order, value: row.value, id: row.id });
}

interface Case {
  name: string;
  actor: UserActor;
  input: Partial<ListUsersInput>;
}

const filters: { name: string; input: Partial<ListUsersInput> }[] = [
  { name: "no filter", input: {} },
  { name: "role", input: { role: "INSTRUCTOR" } },
  { name: "rare role", input: { role: "ORG_ADMIN" } },
  { name: "status", input: { status: "ACTIVE" } },
  { name: "rare status", input: { status: "SUSPENDED" } },
  { name: "role and status", input: { role: "LEARNER", status: "INACTIVE" } },
  { name: "created range", input: { created_from: "2024-02-01T00:00:00Z" } },
  { name: "search", input: { search: "person123" } },
  { name: "common search", input: { search: "grace" } },
];

const cases = async (): Promise<Case[]> => {
  const list: Case[] = [];
  for (const [who, actor] of [
    ["large organization", largeAdmin],
    ["platform", superAdmin],
  ] as const) {
    for (const filter of filters) {
      list.push({ name: `${who}, ${filter.name}`, actor, input: filter.input });
    }
    for (const sort of sorts) {
      for (const order of orders) {
        list.push({ name: `${who}, sort ${sort} ${order}`, actor, input: { sort, order } });
      }
    }
  }
  for (const sort of sorts) {
    for (const order of orders) {
      const cursor = await deepCursor(sort, order);
      list.push({
        name: `large organization, sort ${sort} ${order}, deep page`,
        actor: largeAdmin,
        input: { sort, order, cursor },
      });
    }
  }
  for (const search of ["zwicky", "grace", "person123"]) {
    for (const sort of sorts) {
      for (const order of orders) {
        list.push({
          name: `large organization, search ${search}, sort ${sort} ${order}`,
          actor: largeAdmin,
          input: { search, sort, order },
        });
      }
    }
  }
  list.push(
    { name: "platform, one organization", actor: superAdmin, input: { organization_id: small.id } },
    {
      name: "platform, the large organization by role",
      actor: superAdmin,
      input: { organization_id: large.id, role: "INSTRUCTOR", sort: "last_name", order: "asc" },
    },
  );
  return list;
};

describe("users.list query plans at 20,000 users", async () => {
  const all = await cases();

  it.each(all)(
    "$name: no sequential scan or filtered primary-key walk over users",
    async ({ actor, input }) => {
      const plans = await explainRecordedQueries(
        db,
        `FROM "users"`,
        async (spy) => {
          const page = await callerAs(spy, actor).users.list({
            limit: 50,
            include_total: true,
            ...input,
          });
          expect(page.total_kind).toMatch(/^(exact|at_least)$/);
        },
        { plans: "planner" },
      );
      // The page (a search: up to four steps), its people by id (unless the page is empty), and
      // the capped count.
      const pages = plans.filter(({ sql }) => sql.includes("sort_value"));
      const people = plans.find(({ sql }) => sql.includes("ANY("));
      const count = plans.find(({ sql }) => sql.includes("AS total"));
      expect(plans).toHaveLength(pages.length + (people === undefined ? 1 : 2));
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(4);
      expect(count).toBeDefined();
      expect(people?.plan ?? "", `${people?.sql}\n${people?.plan}`).not.toMatch(
        /Seq Scan on users/,
      );
      for (const page of pages) {
        expect(page.plan, `${page.sql}\n${page.plan}`).not.toMatch(/Seq Scan on users/);
        // Nor walk the primary key filtering rows out, for its order: as slow as a sequential
        // scan when the rows that match are not spread evenly over the ids.
        expect(page.plan, `${page.sql}\n${page.plan}`).not.toMatch(
          /Index Scan(?: Backward)? using users_pkey on users[^\n]*\n\s*Filter/,
        );
      }
      // The count may read the table in physical order only right under its LIMIT (cap + 1): the
      // planner does that only when most rows match, so it stops after about cap / (share matching)
      // rows. Anything else must come from an index.
      const countPlan = count?.plan.replace(/Limit [^\n]*\n\s*-> {2}Seq Scan on users/, "") ?? "";
      expect(countPlan, `${count?.sql}\n${count?.plan}`).not.toMatch(/Seq Scan on users/);
    },
  );
});

describe("users.list search at 20,000 users: reads what it finds, not what it passes", () => {
  // Before the steps (searchedPage), PostgreSQL walked (organization, last_name, id) from "a" for
  // this search, expecting the Zwickys spread evenly, and read the 10,000 users before them.
  it.each(["asc", "desc"] as const)(
    "search zwicky by last name %s: under 2,000 walked + 1,500 matched rows read",
    async (order) => {
      const plans = await explainRecordedQueries(
        db,
        `sort_value`,
        async (spy) => {
          const page = await callerAs(spy, largeAdmin).users.list({
            search: "zwicky",
            sort: "last_name",
            order,
            limit: 50,
          });
          expect(page.items).toHaveLength(50);
          expect(page.items.every((user) => user.last_name === "Zwicky")).toBe(true);
        },
        { plans: "planner", analyze: true },
      );
      const read = plans.reduce((sum, { plan }) => sum + rowsRead(plan, "users"), 0);
      // The matches come from the trigram index keyed by organization: only this organization's
      // entries, not every organization's ANDed with a bitmap of its 10,000 users.
      const byTrigram = plans.find(({ sql }) => sql.includes("MATERIALIZED"));
      if (order === "asc") {
        expect(byTrigram?.plan).toMatch(
          /Bitmap Index Scan on users_search_trgm_idx[^\n]*\n\s+Index Cond: \(\(organization_id = /,
        );
        expect(byTrigram?.plan).not.toMatch(/BitmapAnd/);
      }
      expect(read, plans.map(({ sql, plan }) => `${sql}\n${plan}`).join("\n\n")).toBeLessThan(
        2_000 + 1_500 + 100,
      );
    },
  );
});
