/**
 * CSV for the files administrators download and open in a spreadsheet: the shared writer
 * (@ums/api/csv) with the formula guard on, so a name like `=HYPERLINK(...)` typed by a user stays
 * text when an administrator opens the export (OWASP "CSV injection").
 */
import {
  csvCell as sharedCsvCell,
  csvRow as sharedCsvRow,
  type CsvOptions,
  type CsvValue,
} from "@ums/api/csv";

export { csvByteOrderMark, type CsvValue } from "@ums/api/csv";

const forSpreadsheets: CsvOptions = { guardFormulas: true };

/** One field, escaped, formulas guarded. */
export const csvCell = (value: CsvValue): string => sharedCsvCell(value, forSpreadsheets);

/** One record, with its line ending. */
export const csvRow = (values: readonly CsvValue[]): string =>
  sharedCsvRow(values, forSpreadsheets);
