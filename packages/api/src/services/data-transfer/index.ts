export {
  defaultExportPageSize,
  exportOrganizationUsers,
  findExportOrganization,
  queriesPerPage,
  type ExportedUser,
  type ExportUsersOptions,
} from "./export-users";
export {
  csvColumnFor,
  csvColumns,
  csvFiles,
  csvHeaderAliases,
  csvListSeparator,
  normalizeCsvHeader,
  type CsvFileKind,
} from "./csv-files";
export { streamSink, stringSink, type TextSink } from "./text-sink";
export { writeCsvFiles, writeJsonLines, type ExportCounts } from "./write-export";
export {
  defaultImportBatchSize,
  importUsersJsonLines,
  type ImportProblem,
  type ImportProgress,
  type ImportResult,
  type ImportUsersOptions,
  type RejectedRow,
} from "./import-users";
export {
  createImportRun,
  emptyImportCounts,
  findResumableImportRun,
  importColumnMapping,
  importCounts,
  importFileInfo,
  importFileKind,
  importFileKinds,
  importFingerprint,
  importProgress,
  importRunOptions,
  importRunSelect,
  importTotals,
  type CreateImportRunInput,
  type ImportColumnMapping,
  type ImportCounts,
  type ImportFileInfo,
  type ImportFileKind,
  type ImportProgress as ImportRunProgress,
  type ImportRunOptions,
} from "./import-run";
export {
  runImport,
  type ImportRejectionRow,
  type ImportRunOutcome,
  type RunImportOptions,
} from "./run-import";
