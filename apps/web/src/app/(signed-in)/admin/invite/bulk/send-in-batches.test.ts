import type { InvitePersonInput } from "@ums/api/schemas/invitations";
import { describe, expect, it } from "vitest";

import type { ServerRowResult } from "./bulk-report";
import type { CheckedRow } from "./bulk-rows";
import { sendInBatches } from "./send-in-batches";

function rowOf(row: number, good: boolean): CheckedRow {
  const email = `person${row}@example.com`;
  return {
    row,
    cells: { email, role: "", first_name: "", last_name: "" },
    input: good ? { email, role: "LEARNER" } : null,
    problems: good ? [] : [{ field: "email", message: "Bad." }],
  };
}

const createdFor = (input: InvitePersonInput, index: number): ServerRowResult => ({
  index,
  email: input.email,
  status: "created",
  invitation_id: "00000000-0000-4000-8000-000000000001",
  user_id: "00000000-0000-4000-8000-000000000002",
  invitation_url: `http://localhost/invite/${input.email}`,
});

describe("sendInBatches", () => {
  it("sends only the good rows, in batches, and files each answer under its row", async () => {
    const rows = [1, 2, 3, 4, 5, 6].map((row) => rowOf(row, row !== 3));
    const batches: string[][] = [];
    const progress: number[] = [];
    const { answers, failure } = await sendInBatches(
      rows,
      (invitations) => {
        batches.push(invitations.map((input) => input.email));
        return Promise.resolve({ results: invitations.map(createdFor) });
      },
      2,
      (done) => progress.push(done),
    );
    expect(failure).toBeNull();
    expect(batches).toEqual([
      ["person1@example.com", "person2@example.com"],
      ["person4@example.com", "person5@example.com"],
      ["person6@example.com"],
    ]);
    expect(progress).toEqual([2, 4, 5]);
    expect([...answers.keys()]).toEqual([1, 2, 4, 5, 6]);
    expect(answers.get(4)?.email).toBe("person4@example.com");
  });

  it("stops at a batch that fails, keeping the answers before it", async () => {
    const rows = [1, 2, 3].map((row) => rowOf(row, true));
    let calls = 0;
    const { answers, failure } = await sendInBatches(
      rows,
      (invitations) => {
        calls++;
        if (calls === 2) return Promise.reject(new Error("offline"));
        return Promise.resolve({ results: invitations.map(createdFor) });
      },
      1,
      () => undefined,
    );
    expect(failure).toEqual(new Error("offline"));
    expect([...answers.keys()]).toEqual([1]);
    expect(calls).toBe(2);
  });
});
