import { describe, expect, it } from "vitest";

import { outcomesOf, reportCsv, type ServerRowResult } from "./bulk-report";
import { checkRows } from "./bulk-rows";
import { parseCsv } from "../../../../../lib/parse-csv";

const rows = checkRows(
  [
    ["ada@example.com", "Instructor", "Ada", "Lovelace"],
    ["bad", "", "", ""],
    ["grace@example.com", "", "=cmd()", ""],
    ["member@example.com", "", "", ""],
    ["late@example.com", "", "", ""],
  ],
  { email: 0, role: 1, first_name: 2, last_name: 3 },
  { grantable: ["LEARNER", "INSTRUCTOR", "ORG_ADMIN"] },
);

const answers = new Map<number, ServerRowResult>([
  [
    1,
    {
      index: 0,
      email: "ada@example.com",
      status: "created",
      invitation_id: "00000000-0000-4000-8000-000000000001",
      user_id: "00000000-0000-4000-8000-000000000002",
      invitation_url: "http://localhost:3000/invite/abc",
    },
  ],
  [
    3,
    {
      index: 1,
      email: "grace@example.com",
      status: "created",
      invitation_id: "00000000-0000-4000-8000-000000000003",
      user_id: "00000000-0000-4000-8000-000000000004",
      invitation_url: "http://localhost:3000/invite/def",
    },
  ],
  [
    4,
    {
      index: 2,
      email: "member@example.com",
      status: "skipped",
      reason: "This person is already an active member of the organization",
      details: [
        { path: "email", message: "This person is already an active member of the organization" },
      ],
    },
  ],
]);

describe("outcomesOf", () => {
  it("reports flagged rows as not sent, and the others as the server answered", () => {
    const outcomes = outcomesOf(rows, answers, "Not sent: the batch failed");
    expect(outcomes.map((outcome) => [outcome.row, outcome.status, outcome.reason])).toEqual([
      [1, "created", ""],
      [2, "skipped", "Not sent: email: Must be a valid e-mail address."],
      [3, "created", ""],
      [4, "skipped", "This person is already an active member of the organization"],
      [5, "skipped", "Not sent: the batch failed"],
    ]);
    expect(outcomes[0]).toMatchObject({
      email: "ada@example.com",
      role: "INSTRUCTOR",
      firstName: "Ada",
      invitationUrl: "http://localhost:3000/invite/abc",
    });
  });
});

describe("reportCsv", () => {
  it("writes one escaped, formula-safe line per row under a header", () => {
    const text = reportCsv(outcomesOf(rows, answers));
    const records = parseCsv(text);
    expect(records[0]).toEqual([
      "row",
      "email",
      "role",
      "first_name",
      "last_name",
      "status",
      "reason",
      "invitation_url",
    ]);
    expect(records).toHaveLength(6);
    expect(records[3]?.[3]).toBe("'=cmd()");
    expect(records[2]).toEqual([
      "2",
      "bad",
      "",
      "",
      "",
      "skipped",
      "Not sent: email: Must be a valid e-mail address.",
      "",
    ]);
  });
});
