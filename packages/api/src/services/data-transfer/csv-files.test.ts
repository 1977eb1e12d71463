import { describe, expect, it } from "vitest";

import { csvCell, csvRow } from "../../csv/csv";
import { csvColumnFor, csvColumns, csvHeaderAliases } from "./csv-files";

describe("CSV headers for the import", () => {
  it("reads column names in any letter case and spacing, and common aliases", () => {
    expect(csvColumnFor("users", "\uFEFFEmail Address")).toBe("email");
    expect(csvColumnFor("users", "First Name")).toBe("first_name");
    expect(csvColumnFor("users", " last-name ")).toBe("last_name");
    expect(csvColumnFor("users", "Surname")).toBe("last_name");
    expect(csvColumnFor("users", "Zip Code")).toBe("postal_code");
    expect(csvColumnFor("skills", "Skill")).toBe("skill_name");
    expect(csvColumnFor("users", "Favourite colour")).toBeUndefined();
    // An alias counts only in a file that has its column.
    expect(csvColumnFor("users", "Skill")).toBeUndefined();
    expect(csvColumnFor("activities", "Type")).toBe("activity_type");
  });

  it("maps every alias to a column of some file, and every file is keyed by e-mail", () => {
    const all = new Set(Object.values(csvColumns).flat());
    for (const column of Object.values(csvHeaderAliases)) expect(all).toContain(column);
    for (const columns of Object.values(csvColumns)) {
      expect(columns.slice(0, 2)).toEqual(["email", "external_id"]);
      expect(new Set(columns).size).toBe(columns.length);
    }
  });
});

describe("the shared CSV writer", () => {
  it("guards formulas only when asked", () => {
    expect(csvCell("=1+1", { guardFormulas: true })).toBe("'=1+1");
    expect(csvCell("=1+1", { guardFormulas: false })).toBe("=1+1");
    expect(csvRow(["-a", 'b,"c"', null, 2, true], { guardFormulas: false })).toBe(
      '-a,"b,""c""",,2,true\r\n',
    );
  });
});
