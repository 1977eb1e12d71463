/**
 * PostgreSQL's COPY text format (tab-separated fields, `\N` for null, backslash escapes, arrays as
 * `{"a","b"}`): what the benchmarks' loaders (bench/, `pnpm bench:import`'s reference) stream into
 * `COPY … FROM STDIN`.
 */
export type CopyValue = string | number | boolean | null | undefined | readonly string[];

/** One field; null and undefined are NULL. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  const text =
    typeof value === "string"
      ? value
      : `{${value.map((item) => `"${item.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
  return text
    .replaceAll("\\", "\\\\")
    .replaceAll("\n", "\\n")
    .replaceAll("\r", "\\r")
    .replaceAll("\t", "\\t");
}

export const copyLine = (values: readonly CopyValue[]): string =>
  `${values.map(copyField).join("\t")}\n`;

/** A timestamp column (stored in UTC without zone, as Prisma writes them). */
export const timestamp = (ms: number): string => new Date(ms).toISOString().replace("Z", "");
export const date = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
