import type { Db } from "@ums/db";
import {
  createOrganization,
  createTestDatabase,
  createUser,
  observeDirectSql,
} from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { ListUsersInput } from "../../schemas/users";
import { callerAs, testMeta, userActor } from "../../testing";

/**
 * A search's pages are found in steps (searchedPage: a bounded walk in order, a second walk when
 * the term is dense there, the matches by trigram, the walk in order past the match cap). With the
 * bounds made small, 240 users exercise every step; whatever the steps, the pages must be exactly
 * those of the one query "every match, in order", page after page through the cursors.
 */

const { db } = await createTestDatabase();
const organization = await createOrganization(db, { name: "Search steps" });
const other = await createOrganization(db, { name: "Elsewhere" });
const admin = await createUser(db, { organization_id: organization.id, role: "ORG_ADMIN" });

// Surnames that sort late and come in clusters ("Quist": 24 people, fewer than the match cap
// below; "Zeller": 30, more), first names spread over every order ("Ana"), one rare person; creation times
// unrelated to names; every third an instructor.
const rows = Array.from({ length: 240 }, (_, i) => {
  const last =
    i % 8 === 0 ? "Zeller" : i % 9 === 1 ? "Quist" : `Mid${String(i % 50).padStart(2, "0")}`;
  const first = i % 6 === 0 ? "Ana" : i === 77 ? "Rarity" : `Given${i % 13}`;
  return {
    organization_id: organization.id,
    email: `${first}.${last}.${i}@steps.test`.toLowerCase(),
    first_name: first,
    last_name: last,
    role: i % 3 === 0 ? ("INSTRUCTOR" as const) : ("LEARNER" as const),
    created_at: new Date(Date.UTC(2025, 0, 1) + ((i * 37) % 240) * 60_000),
  };
});
await db.user.createMany({ data: rows });
// Matches in another organization must never show.
await createUser(db, { organization_id: other.id, first_name: "Ana", last_name: "Zeller" });

const smallBounds = { USERS_LIST_SEARCH_WALK_ROWS: 10, USERS_LIST_SEARCH_MATCH_CAP: 27 };

/** A caller with the small bounds whose direct statements are recorded in `sent`. */
function callerWith(sent: string[] = []) {
  const spy = db.$extends({}) as unknown as Db;
  observeDirectSql(spy, db, (text) => sent.push(text));
  return callerAs(spy, userActor(admin), testMeta, smallBounds);
}

type Sort = "created_at" | "email" | "last_name";

/** Every page's ids, following the cursors to the end. */
async function allPages(caller: ReturnType<typeof callerWith>, input: Partial<ListUsersInput>) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 500; pages++) {
    const page = await caller.users.list({ ...input, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((item) => item.id));
    if (page.next_cursor === null) return ids;
    cursor = page.next_cursor;
  }
  throw new Error("more than 500 pages");
}

/** The answer by definition: every match in the organization, in the list's order. */
async function expected(term: string, sort: Sort, order: "asc" | "desc", role?: "INSTRUCTOR") {
  // Prisma's `contains` passes LIKE's wildcards through; escaped, the term is its characters.
  const characters = term.replace(/[\\%_]/g, "\\$&");
  const users = await db.user.findMany({
    where: { organization_id: organization.id, search_text: { contains: characters }, role },
    orderBy: [{ [sort]: order }, { id: order }],
    select: { id: true },
  });
  return users.map((user) => user.id);
}

// "a.zeller" matches across the e-mail's dot; "a_z" is those characters, not a LIKE wildcard
// (as one, it would match the same e-mails: every step must agree on that).
const terms = ["ana", "zeller", "quist", "rarity", "nobody", "a.zeller", "a_z"];
const cases = (["created_at", "email", "last_name"] as const).flatMap((sort) =>
  (["asc", "desc"] as const).flatMap((order) =>
    terms.flatMap((term) => [1, 7].map((limit) => ({ sort, order, term, limit }))),
  ),
);

describe("a searched list, found in steps", () => {
  it.each(cases)(
    "search $term by $sort $order, $limit a page: every match once, in order",
    async ({ sort, order, term, limit }) => {
      const caller = callerWith();
      const found = await allPages(caller, { search: term, sort, order, limit });
      expect(found).toEqual(await expected(term, sort, order));
    },
  );

  it("applies the other filters in every step", async () => {
    const caller = callerWith();
    for (const sort of ["last_name", "email", "created_at"] as const) {
      for (const term of ["zeller", "quist", "ana"]) {
        const found = await allPages(caller, { search: term, sort, role: "INSTRUCTOR", limit: 4 });
        expect(found).toEqual(await expected(term, sort, "desc", "INSTRUCTOR"));
      }
    }
  });

  it("has clusters on either side of the match cap", async () => {
    expect((await expected("quist", "last_name", "asc")).length).toBe(24);
    expect((await expected("zeller", "last_name", "asc")).length).toBe(30);
  });

  it.each([
    // Most people are "Given…": the first walk fills the page.
    { term: "given", sort: "last_name", steps: { walks: 1, byTrigram: false, inOrder: false } },
    // "Ana" is every sixth person by creation time: two in the first walk of 10, the rest of the
    // page in a second walk.
    { term: "ana", sort: "created_at", steps: { walks: 2, byTrigram: false, inOrder: false } },
    // None in the first walk: the rare one and the Quists (fewer than the cap) by trigram; the
    // Zellers (more than the cap) in order past the walk.
    { term: "rarity", sort: "last_name", steps: { walks: 1, byTrigram: true, inOrder: false } },
    { term: "quist", sort: "last_name", steps: { walks: 1, byTrigram: true, inOrder: false } },
    { term: "zeller", sort: "last_name", steps: { walks: 1, byTrigram: true, inOrder: true } },
  ] as const)("search $term by $sort takes the steps its term calls for", async (row) => {
    const sent: string[] = [];
    await callerWith(sent).users.list({
      search: row.term,
      sort: row.sort,
      order: "asc",
      limit: 5,
    });
    const inOrder = new RegExp(`^\\s*SELECT "id", "${row.sort}"::text AS sort_value`);
    expect({
      walks: sent.filter((text) => text.includes("WITH walk AS")).length,
      byTrigram: sent.some((text) => text.includes("WITH matches AS MATERIALIZED")),
      inOrder: sent.some((text) => inOrder.test(text)),
    }).toEqual(row.steps);
  });
});
