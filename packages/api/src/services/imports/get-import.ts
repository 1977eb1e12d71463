import { importRejectionsShown } from "../../schemas/imports";
import { importFileKind } from "../data-transfer/import-run";
import type { ServiceContext } from "../service-context";
import { importRunRecordSelect, toImportRunRecord } from "./import-record";
import { findImportInScope } from "./import-scope";

/** What the list of rejections selects (the report reads the same columns). */
export const importRejectionSelect = {
  kind: true,
  line: true,
  email: true,
  field: true,
  message: true,
} as const;

/**
 * `GET /imports/{import_id}`: a run of the actor's scope with its files, options, status,
 * progress per file, totals and the first rejected rows (the report has every one). The admin
 * page polls it while the run works.
 */
export async function getImport(ctx: ServiceContext, importId: string) {
  const { rejections, ...row } = await findImportInScope(ctx.db, ctx.actor, importId, {
    ...importRunRecordSelect,
    rejections: {
      select: importRejectionSelect,
      orderBy: { id: "asc" },
      take: importRejectionsShown,
    },
  });
  return {
    ...toImportRunRecord(row),
    rejections: rejections.map((rejection) => ({
      ...rejection,
      kind: importFileKind.parse(rejection.kind),
    })),
  };
}
