import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

/**
 * Reading CSV (RFC 4180) from a stream, one record at a time: memory holds the chunk being read
 * and the record being built, never the file. Accepts what spreadsheets and other systems write:
 * a leading byte order mark, CRLF or LF line ends, quoted fields with commas, doubled quotes and
 * line breaks (kept as they are). A stray quote inside an unquoted field is kept as text; a quote
 * left open at the end of the file is an error naming the line where its field began.
 */

export interface CsvRecord {
  /** the line of the file where the record starts (1 is the first line: the header) */
  line: number;
  fields: string[];
  /** bytes of the file read up to the end of this record's chunk (for progress, not exact) */
  bytesRead: number;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const special = /[,\r\n"]/g;

/** Line breaks in the text of a quoted field: CRLF, LF or CR. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count += 1;
  }
  return count;
}

/** Each record of `input` (the header row included, as the first). Blank lines are skipped. */
export async function* readCsvRecords(input: Readable): AsyncGenerator<CsvRecord> {
  const decoder = new StringDecoder("utf8");
  let bytesRead = 0;
  let fields: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted field
  let afterQuote = false; // just read the closing quote of a quoted field (or the first of a "")
  let fieldStarted = false;
  let line = 1;
  let recordLine = 1;
  let fieldLine = 1;
  let first = true;
  let pendingCr = false;

  const endField = () => {
    fields.push(field);
    field = "";
    fieldStarted = false;
    afterQuote = false;
  };
  const takeRecord = (): CsvRecord | undefined => {
    endField();
    const record = fields;
    fields = [];
    const blank = record.length === 1 && record[0] === "";
    return blank ? undefined : { line: recordLine, fields: record, bytesRead };
  };

  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    bytesRead += buffer.length;
    let text = decoder.write(buffer);
    if (first && text.length > 0) {
      if (text.startsWith("\uFEFF")) text = text.slice(1);
      first = false;
    }
    const records: CsvRecord[] = [];
    // Scans from one special character to the next and copies the text between as one slice:
    // a character-by-character loop costs more than the database's share of an import.
    let i = 0;
    while (i < text.length) {
      if (pendingCr) {
        pendingCr = false;
        if (text.charCodeAt(i) === 10) {
          i += 1; // CRLF: the record ended at the CR
          continue;
        }
      }
      if (quoted) {
        const close = text.indexOf('"', i);
        const part = close === -1 ? text.slice(i) : text.slice(i, close);
        line += lineBreaks(part);
        field += part;
        if (close === -1) break;
        quoted = false;
        afterQuote = true;
        i = close + 1;
        continue;
      }
      special.lastIndex = i;
      const found = special.exec(text);
      const end = found === null ? text.length : found.index;
      if (end > i) {
        field += text.slice(i, end);
        fieldStarted = true;
        afterQuote = false;
      }
      if (found === null) break;
      const char = text.charAt(end);
      i = end + 1;
      if (char === '"') {
        if (afterQuote) {
          // "" inside a quoted field: a quote, and the field goes on quoted
          field += '"';
          quoted = true;
          afterQuote = false;
        } else if (!fieldStarted) {
          quoted = true;
          fieldStarted = true;
          fieldLine = line;
        } else {
          field += char;
        }
      } else if (char === ",") {
        endField();
      } else {
        const record = takeRecord();
        if (record !== undefined) records.push(record);
        line += 1;
        recordLine = line;
        if (char === "\r") pendingCr = true;
      }
    }
    for (const record of records) yield record;
  }
  const rest = decoder.end();
  if (rest.length > 0) field += rest;
  if (quoted) throw new CsvSyntaxError(fieldLine, "a quoted field is not closed");
  if (fieldStarted || field !== "" || fields.length > 0) {
    const record = takeRecord();
    if (record !== undefined) yield record;
  }
}
