import pg from "pg";

export interface DbColumn {
  table: string;
  column: string;
  dataType: string;
  udtName: string;
  nullable: boolean;
  defaultValue: string | null;
  datetimePrecision: number | null;
}

export interface DbIndex {
  table: string;
  name: string;
  unique: boolean;
  primary: boolean;
  /** plain column names; empty when the index is on expressions */
  columns: string[];
  definition: string;
}

export interface DbForeignKey {
  table: string;
  columns: string[];
  referencedTable: string;
  onDelete: string;
}

export interface DatabaseShape {
  columns: DbColumn[];
  indexes: DbIndex[];
  enums: Map<string, string[]>;
  foreignKeys: DbForeignKey[];
  extensions: string[];
}

/** What the database at `url` really contains (public schema), read from the catalogs. */
export async function introspectDatabase(url: string): Promise<DatabaseShape> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const columns = await client.query<DbColumn>(`
      SELECT table_name AS "table", column_name AS "column", data_type AS "dataType",
             udt_name AS "udtName", is_nullable = 'YES' AS nullable,
             column_default AS "defaultValue", datetime_precision AS "datetimePrecision"
      FROM information_schema.columns WHERE table_schema = 'public'`);
    const indexes = await client.query<DbIndex>(`
      SELECT t.relname AS "table", i.relname AS name, ix.indisunique AS "unique",
             ix.indisprimary AS "primary", pg_get_indexdef(ix.indexrelid) AS definition,
             CASE WHEN 0 = ANY (ix.indkey::int2[]) THEN '{}'::text[] ELSE array(
               SELECT a.attname FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
               ORDER BY k.ord)::text[] END AS columns
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public'`);
    const enums = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);
    const foreignKeys = await client.query<DbForeignKey>(`
      SELECT c.conrelid::regclass::text AS "table", c.confrelid::regclass::text AS "referencedTable",
             array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
                   ORDER BY k.ord)::text[] AS columns,
             CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT'
                  WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END AS "onDelete"
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`);
    const extensions = await client.query<{ extname: string }>("SELECT extname FROM pg_extension");
    return {
      columns: columns.rows,
      indexes: indexes.rows,
      enums: new Map(enums.rows.map((row) => [row.name, row.values])),
      foreignKeys: foreignKeys.rows,
      extensions: extensions.rows.map((row) => row.extname),
    };
  } finally {
    await client.end();
  }
}
