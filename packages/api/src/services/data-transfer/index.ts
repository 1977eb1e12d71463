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
  defaultImportBatchSize,
  ImportRunNotRunnable,
  runImport,
  type ImportRejectionRow,
  type ImportRunOutcome,
  type RunImportOptions,
} from "./run-import";
export {
  describeImportFile,
  importFiles,
  importHeartbeatTimeoutMs,
  type ImportFilesInput,
  type ImportSource,
} from "./import-files";
