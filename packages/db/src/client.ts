import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { registerDirectSql } from "./direct-sql";
import { PrismaClient } from "./generated/prisma/client";

export interface CreatePrismaClientOptions {
  /** Largest number of pooled connections (node-postgres default: 10). */
  maxConnections?: number;
  /**
   * Called with the text of every SQL statement the client sends, transaction control included.
   * Tests count them to prove a request costs a bounded number of queries (no N+1).
   */
  onQuery?: (sql: string) => void;
}

/**
 * A Prisma client on `url` through the node-postgres driver adapter (no native engine needed).
 * Each app creates one per process and shares it; tests create one per test database.
 */
export function createPrismaClient(url: string, options: CreatePrismaClientOptions = {}) {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // A connection that fails while idle (a restarted server) leaves the pool; the next checkout
  // opens a new one. Without a listener the error would end the process.
  pool.on("error", () => undefined);
  const { onQuery } = options;
  // Every statement goes through a pooled connection's query(), the pool's own query() included.
  if (onQuery !== undefined) countQueries(pool, onQuery);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  registerDirectSql(client, pool);
  return client;
}

function countQueries(pool: pg.Pool, onQuery: (sql: string) => void) {
  pool.on("connect", (connection) => {
    const send = connection.query.bind(connection) as (...args: unknown[]) => unknown;
    connection.query = ((...args: unknown[]) => {
      const [first] = args;
      onQuery(typeof first === "string" ? first : (first as { text: string }).text);
      return send(...args);
    }) as typeof connection.query;
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
