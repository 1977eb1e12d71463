import { invitePersonInput, type InvitePersonInput } from "@ums/api/schemas/invitations";
import { UserRole } from "@ums/db/enums";

import { fieldErrorsOf } from "../../../../../lib/form-errors";
import { roleLabels } from "../../../../../lib/roles";

/** The invitation fields a CSV column can fill. */
export const inviteFields = ["email", "role", "first_name", "last_name"] as const;
export type InviteField = (typeof inviteFields)[number];

export const inviteFieldLabels: Record<InviteField, string> = {
  email: "E-mail",
  role: "Role",
  first_name: "First name",
  last_name: "Last name",
};

/** Which column (by index) fills each field; null: none (the e-mail is required). */
export type ColumnMapping = Record<InviteField, number | null>;

/** Header names, squeezed ("E-mail Address" → "emailaddress"), that name each field. */
const headerNames: Record<InviteField, readonly string[]> = {
  email: ["email", "emailaddress", "mail", "mailaddress", "courriel"],
  role: ["role", "userrole", "roles", "accesslevel", "usertype", "type"],
  first_name: ["firstname", "first", "givenname", "forename", "given", "fname", "prenom"],
  last_name: ["lastname", "last", "surname", "familyname", "family", "lname", "nom"],
};

function squeezed(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/**
 * The columns that look like each field, from the header row: the first column whose name is a
 * known name of the field, each column used once. An unrecognised field is left unmapped, for the
 * administrator to choose.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = { email: null, role: null, first_name: null, last_name: null };
  const used = new Set<number>();
  for (const field of inviteFields) {
    const index = headers.findIndex(
      (header, column) => !used.has(column) && headerNames[field].includes(squeezed(header)),
    );
    if (index !== -1) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** Role words as people write them in a sheet, squeezed, to the role. */
const roleWords = new Map<string, UserRole>(
  Object.values(UserRole).flatMap((role) => [
    [squeezed(role), role],
    [squeezed(roleLabels[role]), role],
  ]),
);
roleWords.set("orgadmin", "ORG_ADMIN");
roleWords.set("organisationadministrator", "ORG_ADMIN");
roleWords.set("student", "LEARNER");
roleWords.set("teacher", "INSTRUCTOR");

/** The role a cell names ("Instructor", "org_admin"), or the cell as written when it names none. */
export function roleOf(cell: string): string {
  return roleWords.get(squeezed(cell)) ?? cell.trim();
}

function unknownRoleMessage(cell: string, grantable: readonly UserRole[]): string {
  const names = grantable.map((role) => roleLabels[role]).join(", ");
  return `“${cell.trim()}” is not a role: use one of ${names}.`;
}

/** One data row of the file, checked. */
export interface CheckedRow {
  /** 1-based position among the data rows (the header row is not counted) */
  row: number;
  /** the mapped cells as written */
  cells: Record<InviteField, string>;
  /** what would be sent (the server schema's output); null when the row has problems */
  input: InvitePersonInput | null;
  /** what is wrong, by field; empty for a good row */
  problems: { field: string; message: string }[];
}

export interface CheckOptions {
  /** roles the administrator may give; a row asking for another is flagged */
  grantable: readonly UserRole[];
}

/**
 * The data rows (after the header) with the mapping applied, each checked with the schema the
 * server checks each row of `invitations.bulkCreate` with (`invitePersonInput`), plus what the
 * server would refuse anyway: a role the administrator may not give, and an e-mail address
 * repeating an earlier row's. Rows whose mapped cells are all empty are left out.
 */
export function checkRows(
  dataRows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  options: CheckOptions,
): CheckedRow[] {
  const firstRowOf = new Map<string, number>();
  const checked: CheckedRow[] = [];
  for (const [position, record] of dataRows.entries()) {
    const cell = (field: InviteField) => {
      const column = mapping[field];
      return column === null ? "" : (record[column] ?? "");
    };
    const cells = {
      email: cell("email"),
      role: cell("role"),
      first_name: cell("first_name"),
      last_name: cell("last_name"),
    };
    if (Object.values(cells).every((value) => value.trim() === "")) continue;
    const row = position + 1;
    // An empty optional cell is no value (the role then defaults to learner, as on the server).
    const candidate = {
      email: cells.email,
      ...(cells.role.trim() === "" ? {} : { role: roleOf(cells.role) }),
      ...(cells.first_name.trim() === "" ? {} : { first_name: cells.first_name }),
      ...(cells.last_name.trim() === "" ? {} : { last_name: cells.last_name }),
    };
    const parsed = invitePersonInput.safeParse(candidate);
    const problems = parsed.success
      ? []
      : Object.entries(fieldErrorsOf(parsed.error)).map(([field, message]) => ({
          field,
          // The schema lists the enum's values; the administrator knows the roles by name.
          message:
            field === "role" ? unknownRoleMessage(cells.role, options.grantable) : (message ?? ""),
        }));
    if (parsed.success && !options.grantable.includes(parsed.data.role)) {
      problems.push({
        field: "role",
        message: `You cannot invite a ${roleLabels[parsed.data.role].toLowerCase()}.`,
      });
    }
    if (parsed.success) {
      const earlier = firstRowOf.get(parsed.data.email);
      if (earlier === undefined) firstRowOf.set(parsed.data.email, row);
      else
        problems.push({ field: "email", message: `Repeats the e-mail address of row ${earlier}.` });
    }
    checked.push({
      row,
      cells,
      input: parsed.success && problems.length === 0 ? parsed.data : null,
      problems,
    });
  }
  return checked;
}
