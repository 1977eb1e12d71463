/**
 * Writing CSV (RFC 4180): fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a quote, a line break or edge spaces, quotes inside doubled. Client-safe (no
 * server code): the web app's downloads and the server's data-transfer files share it.
 */

/** What a cell may be given; null and undefined are empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /**
   * Text starting like a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading
   * apostrophe, so that a name like `=HYPERLINK(...)` stays text when a person opens the file in
   * a spreadsheet (OWASP "CSV injection"). On for reports people open; off for interchange files
   * that programs read back, where the apostrophe would change the data.
   */
  guardFormulas: boolean;
}

const formulaStart = /^[=+\-@\t\r]/;

const needsQuotes = /[",\r\n]|^\s|\s$/;

/** One field, escaped. Numbers and booleans are written as they are (never formulas). */
export function csvCell(value: CsvValue, options: CsvOptions): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const text = options.guardFormulas && formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its line ending. */
export function csvRow(values: readonly CsvValue[], options: CsvOptions): string {
  return `${values.map((value) => csvCell(value, options)).join(",")}\r\n`;
}

/**
 * The byte order mark that opens a file meant for spreadsheet programs: without it, they read
 * UTF-8 as their local code page and mangle every accented name.
 */
export const csvByteOrderMark = "\uFEFF";
