import { describe, expect, it } from "vitest";

import {
  columnMappingOf,
  hasMappingProblems,
  initialMapping,
  mappingProblems,
  readCsvHead,
  remap,
} from "./csv-mapping";

describe("readCsvHead", () => {
  it("reads the header and at most five rows", () => {
    const text = ["email,first_name", ...Array.from({ length: 8 }, (_, i) => `p${i}@x.io,P${i}`)]
      .map((line) => `${line}\r\n`)
      .join("");
    const head = readCsvHead(text, false);
    expect(head).toMatchObject({ headers: ["email", "first_name"] });
    expect("rows" in head ? head.rows : []).toHaveLength(5);
  });

  it("leaves out a row the cut split, even inside quotes", () => {
    expect(readCsvHead('email,bio\r\na@x.io,"one\r\ntw', true)).toEqual({
      headers: ["email", "bio"],
      rows: [],
    });
  });

  it("explains a file it cannot read", () => {
    expect(readCsvHead("", false)).toEqual({
      problem: "It is empty: the first line must name the columns.",
    });
    expect(readCsvHead('a,b\r\nc,d"e"\r\n', false)).toEqual({
      problem:
        'It is not a valid CSV file. Line 2: a quote inside an unquoted field (quote the whole field, "").',
    });
  });
});

describe("initialMapping", () => {
  it("matches headers as the import does, by name or alias, and ignores the rest", () => {
    expect(
      initialMapping("users", ["E-mail", "Given Name", "Surname", "Department", "Phone"]),
    ).toEqual(["email", "first_name", "last_name", null, "phone_number"]);
  });

  it("gives a column to the first of two headers that name it", () => {
    expect(initialMapping("users", ["email", "Mail"])).toEqual(["email", null]);
  });

  it("reads an alias only in a file that has its column", () => {
    expect(initialMapping("skills", ["email", "Level", "Skill"])).toEqual([
      "email",
      "proficiency_level",
      "skill_name",
    ]);
    expect(initialMapping("users", ["Level"])).toEqual([null]);
  });
});

describe("mappingProblems", () => {
  const headers = ["Mail", "First", "Surname"];

  it("flags required columns no header fills, and a missing key", () => {
    const problems = mappingProblems("users", headers, [null, null, "last_name"]);
    expect(problems).toEqual({
      missing: ["email", "first_name"],
      noKey: false,
      repeated: [],
      sameHeaders: [],
    });
    expect(hasMappingProblems(problems)).toBe(true);
  });

  it("is content once the administrator maps the columns", () => {
    let mapping = initialMapping("users", headers);
    mapping = remap(mapping, 1, "first_name");
    const problems = mappingProblems("users", headers, mapping);
    expect(hasMappingProblems(problems)).toBe(false);
  });

  it("needs a key in the other files, external_id as good as email", () => {
    expect(mappingProblems("goals", ["title"], ["title"])).toMatchObject({
      missing: [],
      noKey: true,
    });
    const problems = mappingProblems(
      "skills",
      ["external_id", "skill_name", "proficiency_level"],
      ["external_id", "skill_name", "proficiency_level"],
    );
    expect(hasMappingProblems(problems)).toBe(false);
  });

  it("flags a column filled twice and a header written twice", () => {
    expect(
      mappingProblems(
        "users",
        ["email", "Email", "first_name", "last_name"],
        ["email", "email", "first_name", "last_name"],
      ),
    ).toMatchObject({ repeated: ["email"], sameHeaders: ["email"] });
  });
});

describe("columnMappingOf", () => {
  it("names only the headers the administrator mapped otherwise than the import would", () => {
    expect(
      columnMappingOf(
        "users",
        ["Mail", "Dept", "Surname", "Phone"],
        ["email", "city", null, "phone_number"],
      ),
    ).toEqual({ Dept: "city", Surname: "" });
  });
});
