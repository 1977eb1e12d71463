import { conflict } from "../../errors";
import type { ServiceContext } from "../service-context";
import { importRunRecordSelect, toImportRunRecord } from "./import-record";
import { findImportInScope } from "./import-scope";

/**
 * `POST /imports/{import_id}/cancel`: a QUEUED run never starts; a RUNNING one stops after the
 * batch it is writing (runImport looks at the status between batches), keeping what it wrote.
 * A run that has ended is CONFLICT. The change is one conditional UPDATE, so a run that ends at
 * the same moment is either cancelled or reported as ended, never both.
 */
export async function cancelImport(ctx: ServiceContext, importId: string) {
  const { id } = await findImportInScope(ctx.db, ctx.actor, importId, { id: true });
  const { count } = await ctx.db.importRun.updateMany({
    where: { id, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "CANCELLED", finished_at: new Date() },
  });
  const run = await ctx.db.importRun.findUniqueOrThrow({
    where: { id },
    select: importRunRecordSelect,
  });
  if (count === 0) {
    throw conflict(
      "status",
      `This import has ended (${run.status}) and can no longer be cancelled`,
    );
  }
  return toImportRunRecord(run);
}
