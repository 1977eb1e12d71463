import { csvRow, type CsvOptions } from "../../csv/csv";
import { csvColumns, csvFiles, type CsvFileKind } from "./csv-files";
import type { ExportedUser } from "./export-users";
import type { TextSink } from "./text-sink";

/**
 * Interchange files are read back by programs (the import), so cells are written verbatim: the
 * spreadsheet formula guard's leading apostrophe would change the data (docs/data-migration.md).
 */
const interchange: CsvOptions = { guardFormulas: false };

export interface ExportCounts {
  users: number;
  rows: Record<CsvFileKind, number>;
}

const emptyCounts = (): ExportCounts => ({
  users: 0,
  rows: { users: 0, skills: 0, goals: 0, activities: 0, "learning-events": 0 },
});

function count(counts: ExportCounts, user: ExportedUser) {
  counts.users += 1;
  counts.rows.users += 1;
  counts.rows.skills += user.skills.length;
  counts.rows.goals += user.goals.length;
  counts.rows.activities += user.activities.length;
  counts.rows["learning-events"] += user.learning_events.length;
}

/** JSON Lines: one user per line, `\n` after each (UTF-8, no byte order mark). */
export async function writeJsonLines(
  users: AsyncIterable<ExportedUser>,
  sink: TextSink,
): Promise<ExportCounts> {
  const counts = emptyCounts();
  for await (const user of users) {
    await sink.write(`${JSON.stringify(user)}\n`);
    count(counts, user);
  }
  return counts;
}

/** The CSV files, each to its own sink: the header first (even with no rows), then the rows. */
export async function writeCsvFiles(
  users: AsyncIterable<ExportedUser>,
  sinks: Record<CsvFileKind, TextSink>,
): Promise<ExportCounts> {
  const counts = emptyCounts();
  for (const { kind } of csvFiles) await sinks[kind].write(csvRow(csvColumns[kind], interchange));
  for await (const user of users) {
    for (const { kind, rows } of csvFiles) {
      const columns = csvColumns[kind];
      for (const row of rows(user)) {
        await sinks[kind].write(
          csvRow(
            columns.map((column) => row[column]),
            interchange,
          ),
        );
      }
    }
    count(counts, user);
  }
  return counts;
}
