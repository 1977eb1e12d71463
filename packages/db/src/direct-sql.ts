import { createHash } from "node:crypto";

import pg from "pg";

/**
 * Hand-written SQL on the pool Prisma itself uses, for the few reads every request makes (the
 * caller's lookup, their profile, the admin list): through Prisma each statement cost ~0.2 ms of
 * the API's CPU in building, compiling and interpreting the query, and PostgreSQL parsed and
 * planned it anew each time; here a statement is prepared once per connection and its rows come
 * back as Prisma would give them. Everything else goes through Prisma.
 */
export interface DirectSql {
  /**
   * Runs `text` as a prepared statement (parsed and planned once per connection, named after its
   * text). For statements whose best plan does not depend on the values, such as lookups by key,
   * and for a fixed set of texts: each one stays prepared on every connection that ran it.
   */
  prepared<Row extends object>(text: string, values: readonly unknown[]): Promise<Row[]>;
  /** Runs `text` planned for these values: for searches and filters whose plan does. */
  query<Row extends object>(text: string, values: readonly unknown[]): Promise<Row[]>;
}

/**
 * Clients → their direct SQL, one map per process: bundlers (Next.js) may load this module more
 * than once, and a client made through one copy must be found through another.
 */
const registryKey = Symbol.for("@ums/db/direct-sql");
const registry: WeakMap<object, DirectSql> = ((globalThis as Record<symbol, unknown>)[
  registryKey
] ??= new WeakMap<object, DirectSql>()) as WeakMap<object, DirectSql>;

/** Registers the direct SQL of a client (createPrismaClient does, with the client's own pool). */
export function registerDirectSql(client: object, pool: pg.Pool): void {
  registry.set(client, directSqlOn(pool));
}

/** The direct SQL of a client made by createPrismaClient. */
export function directSql(client: object): DirectSql {
  const found = registry.get(client);
  if (found === undefined) throw new Error("This Prisma client was not made by createPrismaClient");
  return found;
}

/**
 * For tests: lets `derived` (e.g. `base.$extends(…)`, a new object) run direct SQL on `base`'s
 * pool, reporting each statement to `observe` before it runs.
 */
export function observeDirectSql(
  derived: object,
  base: object,
  observe: (text: string, values: readonly unknown[]) => void,
): void {
  const sql = directSql(base);
  registry.set(derived, {
    prepared: (text, values) => {
      observe(text, values);
      return sql.prepared(text, values);
    },
    query: (text, values) => {
      observe(text, values);
      return sql.query(text, values);
    },
  });
}

function directSqlOn(pool: pg.Pool): DirectSql {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (name === undefined) {
      name = `ums_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    async prepared<Row extends object>(text: string, values: readonly unknown[]) {
      const result = await pool.query<Row>({
        name: nameOf(text),
        text,
        values: [...values],
        types: prismaTypes,
      });
      return result.rows;
    },
    async query<Row extends object>(text: string, values: readonly unknown[]) {
      const result = await pool.query<Row>({ text, values: [...values], types: prismaTypes });
      return result.rows;
    },
  };
}

/**
 * Values as Prisma gives them. Prisma's DateTime is `timestamp(3)` without a zone, holding UTC;
 * node-postgres would read it in the process's time zone. A `@db.Date` is midnight UTC.
 * Everything else (text, uuid, enums as text, int4, float8, bool, text[], jsonb) parses the same.
 */
const prismaTypes = new pg.TypeOverrides();
prismaTypes.setTypeParser(pg.types.builtins.TIMESTAMP, parseUtcTimestamp);
prismaTypes.setTypeParser(pg.types.builtins.DATE, parseUtcDate);

function parseUtcTimestamp(text: string): Date {
  return new Date(`${text.replace(" ", "T")}Z`);
}

function parseUtcDate(text: string): Date {
  return new Date(`${text}T00:00:00.000Z`);
}
