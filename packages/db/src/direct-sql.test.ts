// A zone far from UTC, so reading a timestamp in the process's zone (node-postgres's default)
// would move it by hours and fail here. Node reads TZ when a date is next converted.
process.env.TZ = "America/Los_Angeles";

import { describe, expect, it, vi } from "vitest";

import { directSql } from "./direct-sql";
import { createTestDatabase, createUser, observeDirectSql } from "./testing";

const { db } = await createTestDatabase();
const sql = directSql(db);

describe("directSql", () => {
  it("reads every column type as Prisma does", async () => {
    const user = await createUser(db, { last_login: new Date("2026-11-27T23:30:00.123Z") });
    await db.userProfile.create({
      data: { user_id: user.id, date_of_birth: new Date("1990-01-31T00:00:00.000Z") },
    });
    await db.learningPreferences.create({
      data: { user_id: user.id, preferred_content_types: ["video", "text"], visual_score: 0.75 },
    });
    const text = `SELECT u."id", u."role", u."last_login", u."created_at", p."date_of_birth",
        l."preferred_content_types", l."visual_score", l."daily_study_goal", l."high_contrast"
      FROM users u JOIN user_profiles p ON p.user_id = u.id
      JOIN learning_preferences l ON l.user_id = u.id WHERE u."id" = $1::uuid`;

    const expected = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: {
        id: true,
        role: true,
        last_login: true,
        created_at: true,
        profile: { select: { date_of_birth: true } },
        learning_preferences: {
          select: {
            preferred_content_types: true,
            visual_score: true,
            daily_study_goal: true,
            high_contrast: true,
          },
        },
      },
    });
    const { profile, learning_preferences, ...userColumns } = expected;
    const flat = { ...userColumns, ...profile, ...learning_preferences };

    expect(await sql.prepared(text, [user.id])).toStrictEqual([flat]);
    expect(await sql.query(text, [user.id])).toStrictEqual([flat]);
    expect(flat.last_login?.toISOString()).toBe("2026-11-27T23:30:00.123Z");
    expect(flat.date_of_birth?.toISOString()).toBe("1990-01-31T00:00:00.000Z");
  });

  it("prepares a statement once per connection and runs it again with other values", async () => {
    const [a, b] = [await createUser(db), await createUser(db)];
    const text = `SELECT "email" FROM users WHERE "id" = $1::uuid`;
    for (let round = 0; round < 3; round += 1) {
      expect(await sql.prepared(text, [a.id])).toEqual([{ email: a.email }]);
      expect(await sql.prepared(text, [b.id])).toEqual([{ email: b.email }]);
    }
    const [prepared] = await sql.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_prepared_statements WHERE statement = $1`,
      [text],
    );
    // This connection's own list; the pool may have used one or more.
    expect(prepared?.count).toBeLessThanOrEqual(1);
  });

  it("finds a client made through another copy of this module (bundlers may load it twice)", async () => {
    vi.resetModules();
    const copy = await import("./direct-sql");
    expect(copy.directSql).not.toBe(directSql);
    expect(await copy.directSql(db).query("SELECT 2 AS two", [])).toEqual([{ two: 2 }]);
  });

  it("is there only for clients made by createPrismaClient, or lent to one by a test", () => {
    const derived = db.$extends({});
    expect(() => directSql(derived)).toThrow(/not made by createPrismaClient/);
    const seen: string[] = [];
    observeDirectSql(derived, db, (text) => seen.push(text));
    return directSql(derived)
      .query("SELECT 1 AS one", [])
      .then((rows) => {
        expect(rows).toEqual([{ one: 1 }]);
        expect(seen).toEqual(["SELECT 1 AS one"]);
      });
  });
});
