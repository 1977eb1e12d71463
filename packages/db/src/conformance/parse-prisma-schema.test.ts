import { describe, expect, it } from "vitest";

import { parsePrismaSchema } from "./parse-prisma-schema";

const source = `
model Thing {
  id        String   @id @default(uuid()) @db.Uuid
  owner_id  String   @map("owner_id") @db.Uuid // who
  tags      String[] @map("tags")
  score     Float?   @default(0.5)
  kind      Kind     @default(BIG)
  updated   DateTime @updatedAt @map("updated_at")
  owner     Owner    @relation(fields: [owner_id], references: [id])

  @@map("things")
  @@index([owner_id, score])
  @@unique([owner_id, kind])
}

model Owner {
  id     String  @id
  things Thing[]
}

enum Kind {
  BIG
  SMALL

  @@map("kind")
}
`;

describe("parsePrismaSchema", () => {
  const schema = parsePrismaSchema(source);
  const thing = schema.models.find((model) => model.name === "Thing");

  it("reads tables, columns and their attributes, and skips relation fields", () => {
    expect(thing?.table).toBe("things");
    expect(thing?.columns.map((column) => column.column)).toEqual([
      "id",
      "owner_id",
      "tags",
      "score",
      "kind",
      "updated_at",
    ]);
    expect(thing?.columns[0]).toMatchObject({
      id: true,
      nativeType: "Uuid",
      defaultValue: "uuid()",
    });
    expect(thing?.columns[2]).toMatchObject({ type: "String", list: true, optional: false });
    expect(thing?.columns[3]).toMatchObject({ optional: true, defaultValue: "0.5" });
    expect(thing?.columns[5]).toMatchObject({ updatedAt: true, field: "updated" });
  });

  it("reads block indexes and uniques as column names", () => {
    expect(thing?.indexes).toEqual([["owner_id", "score"]]);
    expect(thing?.uniques).toEqual([["owner_id", "kind"]]);
  });

  it("reads enums with their database names, in order", () => {
    expect(schema.enums).toEqual([{ name: "Kind", dbName: "kind", values: ["BIG", "SMALL"] }]);
  });
});
