import { quote, selectedFields, type ColumnSelect } from "./joined-row";

export interface RelatedRowsShape {
  table: string;
  select: ColumnSelect;
  /** the column holding the owner's id */
  foreignKey: string;
  /** `ORDER BY` columns, each with its direction; `id` is added last so ties have one order */
  orderBy: [column: string, direction: "ASC" | "DESC"][];
  limit?: number;
}

/**
 * `SELECT <select> FROM table WHERE foreignKey = $1 ORDER BY … [LIMIT n]`: the rows of a to-many
 * relation with the fields and order of the Prisma `select` of the same shape.
 */
export function relatedRowsSql(shape: RelatedRowsShape): string {
  const columns = selectedFields(shape.select).map(quote).join(", ");
  const order = [...shape.orderBy, ["id", shape.orderBy.at(-1)?.[1] ?? "ASC"] as const]
    .map(([column, direction]) => `${quote(column)} ${direction}`)
    .join(", ");
  const limit = shape.limit === undefined ? "" : ` LIMIT ${String(shape.limit)}`;
  return `SELECT ${columns} FROM ${quote(shape.table)} WHERE ${quote(shape.foreignKey)} = $1::uuid ORDER BY ${order}${limit}`;
}
