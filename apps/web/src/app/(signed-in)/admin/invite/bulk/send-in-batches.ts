import type { InvitePersonInput } from "@ums/api/schemas/invitations";

import type { ServerRowResult } from "./bulk-report";
import type { CheckedRow } from "./bulk-rows";

/** What `invitations.bulkCreate` is called with, and answers (its results, in the order sent). */
export type SendBatch = (
  invitations: InvitePersonInput[],
) => Promise<{ results: ServerRowResult[] }>;

export interface BatchOutcome {
  /** the server's answer for each row sent, by row number */
  answers: Map<number, ServerRowResult>;
  /** why sending stopped before the end (the rows after are not sent), or null */
  failure: unknown;
}

/**
 * Sends the good rows in batches of at most `batchSize`, one after another, reporting progress
 * (rows answered so far) after each. A batch that fails as a whole (network, session over) stops
 * the sending: the rows of it and after it have no answer, and were not invited.
 */
export async function sendInBatches(
  rows: readonly CheckedRow[],
  send: SendBatch,
  batchSize: number,
  onProgress: (done: number) => void,
): Promise<BatchOutcome> {
  const good = rows.flatMap((row) =>
    row.input === null ? [] : [{ row: row.row, input: row.input }],
  );
  const answers = new Map<number, ServerRowResult>();
  for (let start = 0; start < good.length; start += batchSize) {
    const batch = good.slice(start, start + batchSize);
    try {
      const { results } = await send(batch.map((item) => item.input));
      for (const result of results) {
        const sent = batch[result.index];
        if (sent) answers.set(sent.row, result);
      }
    } catch (failure) {
      return { answers, failure };
    }
    onProgress(start + batch.length);
  }
  return { answers, failure: null };
}
