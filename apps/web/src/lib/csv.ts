/**
 * CSV as spreadsheets read it (RFC 4180): fields separated by commas, records by CRLF, a field
 * quoted when it holds a comma, a quote, a line break or edge spaces, quotes inside doubled.
 */

/** What a cell may be given; null and undefined are empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * that some read past to one): such text is written with a leading apostrophe, so that a name
 * like `=HYPERLINK(...)` typed by a user stays text when an administrator opens the export
 * (OWASP "CSV injection").
 */
const formulaStart = /^[=+\-@\t\r]/;

const needsQuotes = /[",\r\n]|^\s|\s$/;

/** One field, escaped. Numbers and booleans are written as they are (never formulas). */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its line ending. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/**
 * The byte order mark that opens the file: without it, spreadsheet programs read UTF-8 as their
 * local code page and mangle every accented name.
 */
export const csvByteOrderMark = "\uFEFF";
