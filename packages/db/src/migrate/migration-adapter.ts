import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { connectionFields, type ConnectionFields } from "../lifecycle/connection-url";

/**
 * A driver-adapter factory for Prisma's WASM migration engine, built on @prisma/adapter-pg 7.10.0
 * with three of its bugs worked around (TOOLCHAIN.md "Prisma 7 here"):
 * 1. its shadow database inherits `connectionString`, which overrides the database name, so the
 *    "shadow" would be the main database: we always pass discrete connection fields;
 * 2. it drops the shadow database before closing the pool connected to it: we close first, then drop;
 * 3. `executeScript` splits scripts on every `;`, breaking `$$` bodies and literals: we send the
 *    whole script as one multi-statement query;
 * 4. it rejects result columns of PostgreSQL's one-byte `"char"` type (OID 18), which the engine's
 *    schema describer reads from pg_catalog: we report them as text.
 * And one of the 7.10.0 engine: PostgreSQL 18 records NOT NULL as pg_constraint rows (contype 'n'),
 * which the describer does not know and panics on. Nullability still comes from pg_attribute, so
 * those rows are dropped from the describer's constraint query (the only one with `constraint_type`).
 */
export function createMigrationAdapterFactory(url: string): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Closes the connections the engine opened and left open (freeing the engine does not). */
  close: () => Promise<void>;
} {
  const fields = connectionFields(url);
  const pgFactory = new PrismaPg(fields);
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter) => {
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (open.delete(adapter)) await dispose();
    };
    return adapter;
  };

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: pgFactory.provider,
    adapterName: pgFactory.adapterName,
    connect: async () => track(withWholeScriptExecution(await pgFactory.connect())),
    connectToShadowDb: async () => {
      const shadowName = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
      await runOnMaintenanceDb(fields, `CREATE DATABASE "${shadowName}"`);
      const shadowFields = { ...fields, database: shadowName };
      const shadow = await new PrismaPg(shadowFields).connect();
      const dispose = async () => {
        await shadow.dispose();
        await runOnMaintenanceDb(fields, `DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
      };
      return track(withWholeScriptExecution(shadow, dispose));
    },
  };
  const close = async () => {
    await Promise.all([...open].map((adapter) => adapter.dispose()));
  };
  return { factory, close };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const PG18_NOT_NULL_CONSTRAINT = "n";

/** Returns the adapter with bugs 3 and 4 above worked around, and the given `dispose`. */
function withWholeScriptExecution(
  adapter: SqlDriverAdapter,
  dispose: () => Promise<void> = () => adapter.dispose(),
): SqlDriverAdapter {
  const pool = (adapter as SqlDriverAdapter & { underlyingDriver(): unknown }).underlyingDriver();
  if (!(pool instanceof pg.Pool))
    throw new Error("@prisma/adapter-pg no longer exposes its pg.Pool");
  const patched = Object.create(adapter) as SqlDriverAdapter;
  patched.executeScript = async (script: string) => {
    // Simple-query protocol: several statements in one round trip, run as one implicit transaction.
    await pool.query(script);
  };
  patched.dispose = dispose;
  const queryable = adapter as SqlDriverAdapter & {
    performIO(query: unknown): Promise<pg.QueryResult>;
  };
  (patched as typeof queryable).performIO = async function (
    this: typeof queryable,
    query: unknown,
  ) {
    const result = await queryable.performIO.call(this, query);
    const constraintType = result.fields.findIndex((field) => field.name === "constraint_type");
    for (const field of result.fields) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    if (constraintType >= 0) {
      const rows = result.rows as unknown[][];
      result.rows = rows.filter((row) => row[constraintType] !== PG18_NOT_NULL_CONSTRAINT);
    }
    return result;
  };
  return patched;
}

async function runOnMaintenanceDb(fields: ConnectionFields, sql: string): Promise<void> {
  const client = new pg.Client({ ...fields, database: "postgres" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
