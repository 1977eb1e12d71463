import { describe, expect, it } from "vitest";

import { checkRows, guessMapping, roleOf, type ColumnMapping } from "./bulk-rows";

const orgAdminRoles = ["LEARNER", "INSTRUCTOR", "ORG_ADMIN"] as const;
const mapping: ColumnMapping = { email: 0, role: 1, first_name: 2, last_name: 3 };

describe("guessMapping", () => {
  it("recognises common header names, whatever their case and punctuation", () => {
    expect(guessMapping(["First Name", "Surname", "E-mail Address", "Role"])).toEqual({
      email: 2,
      role: 3,
      first_name: 0,
      last_name: 1,
    });
    expect(guessMapping(["email", "given_name", "family_name"])).toEqual({
      email: 0,
      role: null,
      first_name: 1,
      last_name: 2,
    });
  });

  it("leaves unknown headers unmapped", () => {
    expect(guessMapping(["Contact", "Department"])).toEqual({
      email: null,
      role: null,
      first_name: null,
      last_name: null,
    });
  });
});

describe("roleOf", () => {
  it("reads enum values and role names", () => {
    expect(roleOf("instructor")).toBe("INSTRUCTOR");
    expect(roleOf(" Organization administrator ")).toBe("ORG_ADMIN");
    expect(roleOf("org-admin")).toBe("ORG_ADMIN");
    expect(roleOf("Manager")).toBe("Manager");
  });
});

describe("checkRows", () => {
  it("gives good rows the input the server takes: e-mail lower-cased, names trimmed, learner by default", () => {
    const [row] = checkRows([[" Ada@Example.com ", "", " Ada ", ""]], mapping, {
      grantable: orgAdminRoles,
    });
    expect(row).toEqual({
      row: 1,
      cells: { email: " Ada@Example.com ", role: "", first_name: " Ada ", last_name: "" },
      input: { email: "ada@example.com", role: "LEARNER", first_name: "Ada" },
      problems: [],
    });
  });

  it("flags a bad e-mail address and an unknown role, by field", () => {
    const rows = checkRows(
      [
        ["not-an-address", "LEARNER", "A", "B"],
        ["c@example.com", "Manager", "C", "D"],
      ],
      mapping,
      { grantable: orgAdminRoles },
    );
    expect(rows.map((row) => row.input)).toEqual([null, null]);
    expect(rows[0]?.problems).toEqual([
      { field: "email", message: "Must be a valid e-mail address." },
    ]);
    expect(rows[1]?.problems).toEqual([
      {
        field: "role",
        message:
          "“Manager” is not a role: use one of Learner, Instructor, Organization administrator.",
      },
    ]);
  });

  it("flags a role the administrator may not give", () => {
    const [row] = checkRows([["p@example.com", "SUPER_ADMIN", "", ""]], mapping, {
      grantable: orgAdminRoles,
    });
    expect(row?.problems).toEqual([
      { field: "role", message: "You cannot invite a platform administrator." },
    ]);
  });

  it("flags a repeated e-mail address (ignoring case), pointing at the first row", () => {
    const rows = checkRows(
      [
        ["a@example.com", "", "", ""],
        ["b@example.com", "", "", ""],
        ["A@EXAMPLE.COM", "", "", ""],
      ],
      mapping,
      { grantable: orgAdminRoles },
    );
    expect(rows.map((row) => row.input === null)).toEqual([false, false, true]);
    expect(rows[2]?.problems).toEqual([
      { field: "email", message: "Repeats the e-mail address of row 1." },
    ]);
  });

  it("skips rows whose mapped cells are empty, keeping the row numbers of the file", () => {
    const rows = checkRows(
      [
        ["", "", "", ""],
        ["b@example.com", "", "", ""],
      ],
      mapping,
      { grantable: orgAdminRoles },
    );
    expect(rows.map((row) => row.row)).toEqual([2]);
  });

  it("reads short records (missing cells) as empty", () => {
    const [row] = checkRows([["b@example.com"]], mapping, { grantable: orgAdminRoles });
    expect(row?.input).toEqual({ email: "b@example.com", role: "LEARNER" });
  });
});
