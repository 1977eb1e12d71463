import type { RouterOutputs } from "@ums/api";

import { roleOf, type CheckedRow } from "./bulk-rows";
import { csvRow } from "../../../../../lib/csv";

/** What `invitations.bulkCreate` said about one row it was sent. */
export type ServerRowResult = RouterOutputs["invitations"]["bulkCreate"]["results"][number];

/** What became of one row of the file. */
export interface RowOutcome {
  row: number;
  email: string;
  role: string;
  firstName: string;
  lastName: string;
  status: "created" | "skipped";
  /** why it was skipped: the preview's problems, or the server's reason; empty when created */
  reason: string;
  /** the new invitation's link (created rows only): shown once, never stored */
  invitationUrl: string | null;
}

/** A skipped row's problems as one line: "email: Must be …; role: …". */
export function problemsText(problems: readonly { field: string; message: string }[]): string {
  return problems.map((problem) => `${problem.field}: ${problem.message}`).join("; ");
}

/**
 * Every checked row's outcome, in file order: rows the preview flagged are skipped with their
 * problems (never sent), the others as the server answered (by row number); a good row without an
 * answer (its batch failed) is skipped with `unsent`.
 */
export function outcomesOf(
  rows: readonly CheckedRow[],
  answers: ReadonlyMap<number, ServerRowResult>,
  unsent = "Not sent",
): RowOutcome[] {
  return rows.map((checked) => {
    const base = {
      row: checked.row,
      email: checked.input?.email ?? checked.cells.email.trim(),
      role: checked.input?.role ?? roleOf(checked.cells.role),
      firstName: checked.input?.first_name ?? checked.cells.first_name.trim(),
      lastName: checked.input?.last_name ?? checked.cells.last_name.trim(),
    };
    if (checked.input === null) {
      return {
        ...base,
        status: "skipped",
        reason: `Not sent: ${problemsText(checked.problems)}`,
        invitationUrl: null,
      };
    }
    const answer = answers.get(checked.row);
    if (answer === undefined) {
      return { ...base, status: "skipped", reason: unsent, invitationUrl: null };
    }
    if (answer.status === "created") {
      return { ...base, status: "created", reason: "", invitationUrl: answer.invitation_url };
    }
    const details = problemsText(
      answer.details
        .filter((detail) => detail.message !== answer.reason)
        .map((detail) => ({ field: detail.path, message: detail.message })),
    );
    return {
      ...base,
      status: "skipped",
      reason: details === "" ? answer.reason : `${answer.reason} (${details})`,
      invitationUrl: null,
    };
  });
}

/** The report as a CSV file (escaped, formula-safe), one line per row of the uploaded file. */
export function reportCsv(outcomes: readonly RowOutcome[]): string {
  const header = [
    "row",
    "email",
    "role",
    "first_name",
    "last_name",
    "status",
    "reason",
    "invitation_url",
  ];
  return [
    csvRow(header),
    ...outcomes.map((outcome) =>
      csvRow([
        outcome.row,
        outcome.email,
        outcome.role,
        outcome.firstName,
        outcome.lastName,
        outcome.status,
        outcome.reason,
        outcome.invitationUrl,
      ]),
    ),
  ].join("");
}
