/**
 * The COPY reference's own reader of users.csv (RFC 4180: quoted fields, doubled quotes, line
 * breaks inside quotes, CRLF or LF records), streaming: records as arrays of cells. The import
 * itself uses the core's reader; this one only turns the same file into COPY rows.
 */
import type { Readable } from "node:stream";

export async function* csvRecords(input: Readable): AsyncGenerator<string[]> {
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  /** the previous character closed a quoted section (a quote now is an escaped quote) */
  let closed = false;
  let pendingCr = false;
  input.setEncoding("utf8");
  for await (const chunk of input as AsyncIterable<string>) {
    const ready: string[][] = [];
    for (const char of chunk) {
      if (quoted) {
        if (char === '"') {
          quoted = false;
          closed = true;
        } else cell += char;
        continue;
      }
      if (pendingCr && char !== "\n") cell += "\r";
      pendingCr = false;
      if (char === '"') {
        if (closed) cell += '"';
        quoted = true;
        closed = false;
      } else if (char === ",") {
        record.push(cell);
        cell = "";
        closed = false;
      } else if (char === "\r") {
        pendingCr = true;
      } else if (char === "\n") {
        record.push(cell);
        ready.push(record);
        record = [];
        cell = "";
        closed = false;
      } else {
        cell += char;
        closed = false;
      }
    }
    yield* ready;
  }
  if (cell !== "" || record.length > 0) {
    record.push(cell);
    yield record;
  }
}
