import { csvFiles, type CsvFileKind } from "@ums/api/data-transfer/csv-files";

/**
 * Which file of an import a chosen file is, by its name: the files of an export keep their names
 * (users.csv, skills.csv, …, users.jsonl), and a prefix or a copy number ("northwind-users.csv",
 * "users (2).csv") does not hide them.
 */

export type ImportFormatChoice = "jsonl" | "csv";

/** The kinds of CSV file, in the order the import reads them (users first: the others name them). */
export const importKinds: readonly CsvFileKind[] = csvFiles.map((file) => file.kind);

/** Each kind's file name in an export (users.csv, learning-events.csv). */
export const importFileNames = Object.fromEntries(
  csvFiles.map((file) => [file.kind, file.file]),
) as Record<CsvFileKind, string>;

export const kindLabels: Record<CsvFileKind, string> = Object.fromEntries(
  csvFiles.map((file) => [file.kind, labelOf(file.kind)]),
) as Record<CsvFileKind, string>;

function labelOf(kind: string): string {
  const words = kind.replace(/[-_]/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const jsonLinesExtensions = [".jsonl", ".ndjson", ".jsonlines"];

/** "Northwind_Learning Events (2).CSV" → "northwind-learning-events" and ".csv". */
function splitName(name: string): { base: string; extension: string } {
  const lower = name.trim().toLowerCase();
  const dot = lower.lastIndexOf(".");
  const extension = dot === -1 ? "" : lower.slice(dot);
  const base = (dot === -1 ? lower : lower.slice(0, dot))
    .replace(/\s*\(\d+\)$/, "")
    .replace(/[\s_.-]+/g, "-")
    .replace(/^-|-$/g, "");
  return { base, extension };
}

/** The kind a CSV file's name says (users.csv → users), or null when it names none. */
export function csvKindOf(name: string): CsvFileKind | null {
  const { base, extension } = splitName(name);
  if (extension !== ".csv") return null;
  // Longest first, so that a name ending in "learning-events" is never taken for a shorter kind.
  const kinds = [...importKinds].sort((a, b) => b.length - a.length);
  return (
    kinds.find((kind) => {
      const word = kind.replace(/_/g, "-");
      return base === word || base.endsWith(`-${word}`);
    }) ?? null
  );
}

/** Whether a file's name is that of a JSON Lines file (users.jsonl). */
export function isJsonLinesName(name: string): boolean {
  return jsonLinesExtensions.includes(splitName(name).extension);
}

/** The CSV files chosen so far, by kind. */
export type ChosenCsvFiles<F> = Partial<Record<CsvFileKind, F>>;

export interface PlacedFiles<F> {
  files: ChosenCsvFiles<F>;
  /** why some of the files given were not taken, one sentence each */
  problems: string[];
}

/**
 * Adds dropped or picked files to the chosen CSV files by their names: a file of a kind already
 * chosen replaces it; one whose name names no kind, or two of the same kind at once, is refused
 * with a reason.
 */
export function placeCsvFiles<F extends { name: string }>(
  chosen: ChosenCsvFiles<F>,
  added: readonly F[],
): PlacedFiles<F> {
  const files: ChosenCsvFiles<F> = { ...chosen };
  const problems: string[] = [];
  const seen = new Map<CsvFileKind, string>();
  for (const file of added) {
    const kind = csvKindOf(file.name);
    if (kind === null) {
      problems.push(
        isJsonLinesName(file.name)
          ? `${file.name} is a JSON Lines file: choose JSON Lines above to import it.`
          : `${file.name} is not one of the import's files: name it ${Object.values(importFileNames).join(", ")}.`,
      );
      continue;
    }
    const twin = seen.get(kind);
    if (twin !== undefined) {
      problems.push(`${twin} and ${file.name} are both ${importFileNames[kind]}: choose one.`);
      continue;
    }
    seen.set(kind, file.name);
    files[kind] = file;
  }
  return { files, problems };
}

/** The JSON Lines file among those given, or why there is none. */
export function pickJsonLinesFile<F extends { name: string }>(
  added: readonly F[],
): { file: F } | { problem: string } {
  if (added.length > 1) {
    return { problem: "A JSON Lines import is one file (users.jsonl): choose only that file." };
  }
  const [file] = added;
  if (file === undefined) return { problem: "Choose a file." };
  if (isJsonLinesName(file.name)) return { file };
  if (csvKindOf(file.name) !== null) {
    return { problem: `${file.name} is a CSV file: choose CSV above to import it.` };
  }
  return { problem: `${file.name} is not a JSON Lines file: its name must end in .jsonl.` };
}

/** A file size as people read it: "812 bytes", "64.5 KB", "12.3 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString("en", { maximumFractionDigits: 1 })} ${units[unit] ?? "TB"}`;
}
