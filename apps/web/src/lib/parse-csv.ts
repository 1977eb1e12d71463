/**
 * Reading CSV (writing it is lib/csv.ts) as RFC 4180 writes it: fields separated by commas,
 * records by CRLF (a lone LF or CR is accepted too, as spreadsheets export them), a field in double
 * quotes may hold commas, line breaks and doubled quotes (""), and a UTF-8 byte order mark at the
 * start is not data.
 */

/** A CSV file that cannot be read, with where. */
export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based line of the file where the problem is */
    readonly line: number,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = "CsvError";
  }
}

export interface ParseCsvOptions {
  /**
   * `text` is the beginning of a longer file (a preview reads only its first bytes): the last
   * record, which the cut may have split, is left out, and a quoted field still open at the end
   * is no error.
   */
  truncated?: boolean;
}

/**
 * The records of `text`, each a list of fields, as written (no trimming). Blank lines are
 * skipped (a record of one empty unquoted field), so a trailing line break adds no record.
 * Throws `CsvError` for a quote inside an unquoted field, text after a closing quote, or a quoted
 * field never closed.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): string[][] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  // Whether the current field started with a quote, and whether that quote is still open.
  let quoted = false;
  let inQuotes = false;
  // Whether anything of the current record has been read (a quoted empty field counts).
  let started = false;
  let line = 1;
  let quoteOpenedOnLine = 1;

  const endField = () => {
    record.push(field);
    field = "";
    quoted = false;
  };
  const endRecord = () => {
    endField();
    if (started) records.push(record);
    record = [];
    started = false;
  };

  for (let index = 0; index < input.length; index++) {
    const char = input.charAt(index);
    if (inQuotes) {
      if (char === '"') {
        if (input.charAt(index + 1) === '"') {
          field += '"';
          index++;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === "\n" || (char === "\r" && input.charAt(index + 1) !== "\n")) line++;
        field += char;
      }
      continue;
    }
    if (char === ",") {
      started = true;
      endField();
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && input.charAt(index + 1) === "\n") index++;
      endRecord();
      line++;
    } else if (char === '"') {
      if (quoted) throw new CsvError("text after the closing quote of a field", line);
      if (field !== "") {
        throw new CsvError('a quote inside an unquoted field (quote the whole field, "")', line);
      }
      quoted = true;
      inQuotes = true;
      started = true;
      quoteOpenedOnLine = line;
    } else {
      if (quoted) throw new CsvError("text after the closing quote of a field", line);
      field += char;
      started = true;
    }
  }
  if (options.truncated === true) return records;
  if (inQuotes) throw new CsvError("a quoted field is never closed", quoteOpenedOnLine);
  endRecord();
  return records;
}
