import type { Prisma } from "@ums/db";
import { z } from "zod";

import {
  importColumnMapping,
  importFileInfo,
  importProgress,
  importRunSelect,
  importTotals,
} from "../data-transfer/import-run";

/** What a run record (schemas/imports `importRunRecord`) is made from. */
export const importRunRecordSelect = {
  ...importRunSelect,
  creator: { select: { id: true, first_name: true, last_name: true } },
} satisfies Prisma.ImportRunSelect;

export type ImportRunRow = Prisma.ImportRunGetPayload<{ select: typeof importRunRecordSelect }>;

const storedFiles = z.array(importFileInfo);

/**
 * A run row as the API shows it: its JSON columns read by their schemas, the totals over its
 * files, and who started it. The checkpoint stays inside (it is the core's bookkeeping).
 */
export function toImportRunRecord(row: ImportRunRow) {
  const { creator, progress: storedProgress, files: storedFileList, column_mapping, ...run } = row;
  const progress = importProgress.parse(storedProgress);
  const files = storedFiles.parse(storedFileList);
  return {
    ...run,
    files,
    column_mapping: column_mapping === null ? null : importColumnMapping.parse(column_mapping),
    progress: { files: progress.files, bytes_read: progress.bytes_read },
    totals: importTotals(progress),
    bytes_total: files.reduce((sum, file) => sum + file.bytes, 0),
    created_by_user: creator,
  };
}
