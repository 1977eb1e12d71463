/**
 * One statement for a row and its one-to-one relations (a user with profile, preferences and
 * statistics), answering with the nested object Prisma's `select` gives, for the reads every
 * request makes (see `directSql` in @ums/db for why these bypass Prisma). The columns come from
 * the same `select` objects as every Prisma query, so both kinds of read return the same fields;
 * tests compare the two on the same rows.
 *
 * Field names are column names in this schema (every field is snake_case and mapped to itself).
 */
export type ColumnSelect = Record<string, boolean>;

export const selectedFields = (select: ColumnSelect) =>
  Object.entries(select).flatMap(([field, wanted]) => (wanted ? [field] : []));

export interface JoinedRowShape {
  /** the table of the row, e.g. "users" */
  table: string;
  select: ColumnSelect;
  /** relations with at most one row: one pointing at this row (`foreignKey`) or one this row points at (`ownKey`) */
  relations: Record<
    string,
    { table: string; select: ColumnSelect; lists?: string[] } & RelationJoin
  >;
}

/** `foreignKey`: their column holding this row's id; `ownKey`: this row's column holding theirs. */
type RelationJoin = { foreignKey: string; ownKey?: never } | { ownKey: string; foreignKey?: never };

export interface JoinedRowRead<Row> {
  /** `SELECT … FROM table LEFT JOIN …`; add `WHERE` on the row's alias `t` */
  select: string;
  /** The nested object of one result row; a relation without its row is null, as in Prisma. */
  toObject: (row: Record<string, unknown>) => Row;
}

export const quote = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain column or table: ${name}`);
  return `"${name}"`;
};

/** `Row` is what the Prisma `select` of the same shape returns; the tests keep it honest. */
export function joinedRowRead<Row>(shape: JoinedRowShape): JoinedRowRead<Row> {
  const relations = Object.entries(shape.relations).map(([name, relation], index) => ({
    name,
    alias: `r${index}`,
    ...relation,
    fields: selectedFields(relation.select),
  }));
  const fields = selectedFields(shape.select);
  const presence = (name: string) => `${name}.present`;

  const columns = [
    ...fields.map((field) => `t.${quote(field)}`),
    ...relations.flatMap(({ name, alias, fields: relationFields, lists = [] }) => [
      `${alias}."id" IS NOT NULL AS "${presence(name)}"`,
      ...relationFields.map((field) => {
        const column = `${alias}.${quote(field)}`;
        // Prisma's scalar lists are nullable arrays, and Prisma reads a NULL one as [].
        const value = lists.includes(field) ? `coalesce(${column}, '{}')` : column;
        return `${value} AS "${name}.${field}"`;
      }),
    ]),
  ];
  const joins = relations.map(({ alias, table, foreignKey, ownKey }) => {
    const on =
      foreignKey === undefined
        ? `${alias}."id" = t.${quote(ownKey)}`
        : `${alias}.${quote(foreignKey)} = t."id"`;
    return `LEFT JOIN ${quote(table)} ${alias} ON ${on}`;
  });

  return {
    select: `SELECT ${columns.join(", ")} FROM ${quote(shape.table)} t ${joins.join(" ")}`,
    toObject(row) {
      const result: Record<string, unknown> = {};
      for (const field of fields) result[field] = row[field];
      for (const { name, fields: relationFields } of relations) {
        if (row[presence(name)] !== true) {
          result[name] = null;
          continue;
        }
        const related: Record<string, unknown> = {};
        for (const field of relationFields) related[field] = row[`${name}.${field}`];
        result[name] = related;
      }
      return result as Row;
    },
  };
}
