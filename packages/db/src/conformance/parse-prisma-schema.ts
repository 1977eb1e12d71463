/**
 * A reader for the subset of the Prisma schema language the specification's schema uses: models
 * with scalar, enum and relation fields, field attributes (@id @unique @default @updatedAt @map
 * @db.*), block attributes (@@map @@index @@unique), and enums with @@map. It exists so the
 * conformance test can compare the migrated database with the specification itself.
 */

export interface ContractColumn {
  field: string;
  /** database column name: @map, else the field name */
  column: string;
  /** Prisma scalar type or enum name */
  type: string;
  list: boolean;
  optional: boolean;
  /** the X of @db.X (Uuid, Text, Date), if any */
  nativeType: string | undefined;
  /** the text inside @default(...), if any */
  defaultValue: string | undefined;
  id: boolean;
  unique: boolean;
  updatedAt: boolean;
}

export interface ContractModel {
  name: string;
  table: string;
  columns: ContractColumn[];
  /** @@index column lists (database column names) */
  indexes: string[][];
  /** @@unique column lists (database column names) */
  uniques: string[][];
}

export interface ContractEnum {
  name: string;
  /** database type name: @@map, else the enum name */
  dbName: string;
  values: string[];
}

export interface ContractSchema {
  models: ContractModel[];
  enums: ContractEnum[];
}

const blockPattern = /^(model|enum)\s+(\w+)\s*\{([\s\S]*?)^\}/gm;

export function parsePrismaSchema(source: string): ContractSchema {
  const blocks = [...source.matchAll(blockPattern)].map(([, kind, name, body]) => ({
    kind: kind ?? "",
    name: name ?? "",
    lines: (body ?? "")
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter((line) => line !== ""),
  }));
  const modelNames = new Set(blocks.filter((b) => b.kind === "model").map((b) => b.name));

  const enums = blocks
    .filter((block) => block.kind === "enum")
    .map((block) => ({
      name: block.name,
      dbName: mapName(block.lines) ?? block.name,
      values: block.lines.filter((line) => !line.startsWith("@@")),
    }));

  const models = blocks
    .filter((block) => block.kind === "model")
    .map((block) => {
      const fieldLines = block.lines.filter((line) => !line.startsWith("@@"));
      const columns = fieldLines.map(parseField).filter((column) => !modelNames.has(column.type));
      const columnOf = (field: string) =>
        columns.find((column) => column.field === field)?.column ?? field;
      const blockLists = (attribute: string) =>
        block.lines
          .filter((line) => line.startsWith(`@@${attribute}(`))
          .map((line) => fieldList(line).map(columnOf));
      return {
        name: block.name,
        table: mapName(block.lines) ?? block.name,
        columns,
        indexes: blockLists("index"),
        uniques: blockLists("unique"),
      };
    });

  return { models, enums };
}

function parseField(line: string): ContractColumn {
  const match = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
  if (!match) throw new Error(`Cannot read the field line: ${line}`);
  const [, field = "", type = "", list, optional, attributes = ""] = match;
  return {
    field,
    column: /@map\("([^"]+)"\)/.exec(attributes)?.[1] ?? field,
    type,
    list: list !== undefined,
    optional: optional !== undefined,
    nativeType: /@db\.(\w+)/.exec(attributes)?.[1],
    defaultValue: attributeArgument(attributes, "@default"),
    id: /@id\b/.test(attributes),
    unique: /@unique\b/.test(attributes),
    updatedAt: /@updatedAt\b/.test(attributes),
  };
}

/** The text between the parentheses of `attribute(...)`, nested parentheses included. */
function attributeArgument(attributes: string, attribute: string): string | undefined {
  const start = attributes.indexOf(`${attribute}(`);
  if (start < 0) return undefined;
  let depth = 0;
  for (let i = start + attribute.length; i < attributes.length; i++) {
    if (attributes[i] === "(") depth++;
    if (attributes[i] === ")" && --depth === 0) {
      return attributes.slice(start + attribute.length + 1, i);
    }
  }
  throw new Error(`Unbalanced parentheses in: ${attributes}`);
}

function mapName(lines: string[]): string | undefined {
  for (const line of lines) {
    const match = /^@@map\("([^"]+)"\)/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

function fieldList(line: string): string[] {
  const inside = /\[([^\]]*)\]/.exec(line)?.[1] ?? "";
  return inside
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
}
