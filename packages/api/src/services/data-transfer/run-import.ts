import type { Readable } from "node:stream";

import type { Db, Prisma } from "@ums/db";
import { settings, type Settings } from "@ums/db/settings";

import {
  emptyImportCounts,
  importColumnMapping,
  importFileInfo,
  importFileKinds,
  importProgress,
  type ImportFileKind,
  type ImportProgress,
} from "./import-run";
import {
  ImportFileError,
  readCsvFileRecords,
  readJsonLinesRecords,
  type ImportRecord,
  type ReadRecord,
  type RejectedRecord,
} from "./import-records";
import { writeImportBatch, type BatchResult } from "./write-import-batch";

export const defaultImportBatchSize = 500;

export interface ImportRejectionRow {
  kind: ImportFileKind;
  line: number;
  email: string | null;
  field: string;
  message: string;
}

export interface RunImportOptions {
  /** the settings of the invitation e-mails (APP_URL, INVITATION_EXPIRES_IN); the process's by default */
  settings?: Settings;
  /** opens one of the run's files from its first byte */
  open: (kind: ImportFileKind) => Readable | Promise<Readable>;
  now?: () => Date;
  batchSize?: number;
  /** after each batch is written */
  onProgress?: (progress: ImportProgress) => void;
  /** each rejected row, once its batch is written (the command line prints them) */
  onRejected?: (row: ImportRejectionRow) => void;
}

export interface ImportRunOutcome {
  status: "SUCCEEDED" | "FAILED" | "CANCELLED";
  progress: ImportProgress;
  error: string | null;
}

export class ImportRunNotRunnable extends Error {}

/** Another runner resumed this run (this one was thought dead): this one stops, writing nothing. */
export class ImportRunSuperseded extends Error {
  constructor() {
    super("Another process resumed this import run; this one stopped.");
  }
}

/** Thrown inside a batch's transaction to roll it back: a dry run, or a run cancelled meanwhile. */
class Rollback extends Error {
  constructor(readonly reason: "dry-run" | "cancelled") {
    super(reason);
  }
}

/**
 * Works the import run `runId` (docs/data-migration.md "How an import runs"): reads its files in
 * order (users first), each record checked by the API's rules, and writes them in batches of
 * `batchSize`, each batch one transaction that also records the batch's rejections and the run's
 * progress and checkpoint. So a run that was killed is resumed by calling this again: it skips the
 * records its checkpoint counts and goes on. A run set to CANCELLED stops before its next batch.
 * Memory holds one batch: rejections go to import_rejections, late references to
 * import_references.
 */
export async function runImport(
  db: Db,
  runId: string,
  options: RunImportOptions,
): Promise<ImportRunOutcome> {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? defaultImportBatchSize;
  // The heartbeat is also who works the run: each write of this runner sets a value no other
  // runner sets, and a runner that finds another's value has been superseded (its process was
  // thought dead and the run resumed elsewhere) and stops before writing anything more.
  let beat = now();
  const nextBeat = () => {
    beat = new Date(Math.max(now().getTime(), beat.getTime() + 1));
    return beat;
  };
  const claimed = await db.importRun.updateMany({
    where: { id: runId, status: { in: ["QUEUED", "RUNNING", "FAILED"] } },
    data: { status: "RUNNING", heartbeat_at: beat, error: null, finished_at: null },
  });
  if (claimed.count === 0)
    throw new ImportRunNotRunnable(`Import run ${runId} cannot run (finished or unknown).`);
  const run = await db.importRun.findUniqueOrThrow({ where: { id: runId } });
  if (run.started_at === null) {
    await db.importRun.update({ where: { id: runId }, data: { started_at: now() } });
  }
  const files = importFileInfo.array().parse(run.files);
  const mapping = importColumnMapping.nullable().parse(run.column_mapping);
  let progress = importProgress.parse(run.progress);
  const target = {
    runId,
    organizationId: run.organization_id,
    newUserStatus: run.new_user_status,
    adminId: run.created_by,
    sendInvitations: run.send_invitations,
    settings: options.settings ?? settings(),
    now: now(),
  };

  const finish = async (status: ImportRunOutcome["status"], error: string | null) => {
    const owned = await db.importRun.updateMany({
      where: { id: runId, heartbeat_at: beat },
      data: { status, error, finished_at: now(), heartbeat_at: nextBeat() },
    });
    if (owned.count === 0) throw new ImportRunSuperseded();
    return { status, progress, error };
  };

  /** Writes a batch (and its rejections, progress and checkpoint) in one transaction. */
  const commit = async (
    kind: ImportFileKind,
    records: ImportRecord[],
    rejectedEarlier: RejectedRecord[],
    next: (written: BatchResult) => ImportProgress,
  ): Promise<"written" | "cancelled"> => {
    let written: BatchResult | undefined;
    const record = async (tx: Prisma.TransactionClient, result: BatchResult) => {
      const [state] = await tx.$queryRaw<{ status: string; heartbeat_at: Date | null }[]>`
        SELECT status::text, heartbeat_at FROM import_runs WHERE id = ${runId}::uuid FOR UPDATE`;
      if (state?.heartbeat_at?.getTime() !== beat.getTime()) throw new ImportRunSuperseded();
      if (state.status === "CANCELLED") throw new Rollback("cancelled");
      const rejections = [...rejectedEarlier, ...result.rejected]
        .sort((a, b) => a.line - b.line)
        .flatMap(rejectionRows);
      if (rejections.length > 0) {
        await tx.importRejection.createMany({
          data: rejections.map((row) => ({ run_id: runId, ...row })),
        });
      }
      const advanced = next(result);
      await tx.importRun.update({
        where: { id: runId },
        data: { progress: advanced, heartbeat_at: nextBeat() },
      });
      return { advanced, rejections };
    };
    let outcome: Awaited<ReturnType<typeof record>>;
    try {
      outcome = await db.$transaction(
        async (tx) => {
          // The checkpoint is in this transaction: if a crash loses its commit, it loses the
          // checkpoint with it and a resumed run writes the batch again. So the batch need not
          // wait for the WAL flush, which the next batch's reading would otherwise wait on.
          await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
          written = await writeImportBatch(tx, records, target);
          if (run.dry_run) throw new Rollback("dry-run");
          return record(tx, written);
        },
        { timeout: 300_000, maxWait: 30_000 },
      );
    } catch (error) {
      if (error instanceof ImportRunSuperseded) throw error;
      if (error instanceof Rollback && error.reason === "cancelled") return "cancelled";
      if (!(error instanceof Rollback)) {
        // The database refused something of the batch: none of it is written, and its rows are
        // reported; the next batch goes on.
        const reason =
          error instanceof Error ? (error.message.split("\n").at(-1) ?? "") : String(error);
        written = {
          outcomes: [],
          rejected: records.map((r) => ({
            kind,
            line: r.line,
            email: r.email,
            problems: [
              { path: "", message: `not written: the transaction of its batch failed (${reason})` },
            ],
          })),
        };
      }
      try {
        outcome = await db.$transaction((tx) =>
          record(tx, written ?? { outcomes: [], rejected: [] }),
        );
      } catch (again) {
        if (again instanceof Rollback) return "cancelled";
        throw again;
      }
    }
    progress = outcome.advanced;
    for (const row of outcome.rejections) options.onRejected?.(row);
    options.onProgress?.(progress);
    return "written";
  };

  if (run.send_invitations && run.created_by === null) {
    return finish("FAILED", "Invitations need an inviter: this run names no administrator.");
  }

  // The next batch is read and checked while the database writes the previous one: the CPU work
  // of this process and the database's run side by side (at most two batches in memory).
  const writing = oneAtATime();
  try {
    const done = new Set<ImportFileKind>();
    const checkpoint = progress.checkpoint;
    if (checkpoint !== null) {
      for (const kind of importFileKinds.slice(0, importFileKinds.indexOf(checkpoint.kind)))
        done.add(kind);
    }
    let bytesBefore = files
      .filter((file) => done.has(file.kind))
      .reduce((sum, f) => sum + f.bytes, 0);
    for (const file of [...files].sort(
      (a, b) => importFileKinds.indexOf(a.kind) - importFileKinds.indexOf(b.kind),
    )) {
      if (done.has(file.kind)) continue;
      const kind = file.kind;
      const skip = checkpoint?.kind === kind ? checkpoint.records : 0;
      const readOptions = { skip, now: target.now.toISOString(), mapping: mapping?.[kind] ?? {} };
      const input = await options.open(kind);
      const reader: AsyncIterable<ReadRecord | null> =
        run.format === "JSONL"
          ? readJsonLinesRecords(input, readOptions)
          : readCsvFileRecords(kind, input, readOptions);

      let recordsRead = 0;
      let bytesRead = 0;
      let batch: ImportRecord[] = [];
      let rejected: RejectedRecord[] = [];
      const flush = async () => {
        const records = batch;
        const early = rejected;
        const through = recordsRead;
        const bytes = bytesRead;
        batch = [];
        rejected = [];
        return commit(kind, records, early, (written) => {
          const counts = { ...emptyImportCounts(), ...progress.files[kind] };
          counts.rows += records.length + early.length;
          counts.rejected += early.length + written.rejected.length;
          for (const outcome of written.outcomes) counts[outcome] += 1;
          return {
            files: { ...progress.files, [kind]: counts },
            bytes_read: bytesBefore + bytes,
            checkpoint: { kind, records: through },
          };
        });
      };
      for await (const item of reader) {
        recordsRead += 1;
        if (item === null) continue;
        bytesRead = item.bytesRead;
        if (item.ok) batch.push(item.record);
        else rejected.push(item.rejected);
        if (batch.length + rejected.length >= batchSize) {
          if ((await writing.next(flush)) === "cancelled") return await finish("CANCELLED", null);
        }
      }
      bytesRead = file.bytes;
      if ((await writing.next(flush)) === "cancelled") return await finish("CANCELLED", null);
      if ((await writing.settled()) === "cancelled") return await finish("CANCELLED", null);
      bytesBefore += file.bytes;
    }
    if (!run.dry_run) await resolveReferences(db, runId, run.organization_id);
    return await finish("SUCCEEDED", null);
  } catch (error) {
    const message =
      error instanceof ImportFileError
        ? `${error.kind} file, line ${error.line}: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
    await writing.settled().catch(() => undefined);
    if (error instanceof ImportRunSuperseded) throw error;
    return await finish("FAILED", message);
  }
}

/**
 * Writes batches one after the other without waiting for the last: `next` waits for the batch
 * before (so a cancellation is seen before anything more is written) and starts the new one.
 */
function oneAtATime() {
  type Result = "written" | "cancelled";
  let running: Promise<Result> | undefined;
  return {
    async next(task: () => Promise<Result>): Promise<Result | "started"> {
      if ((await running) === "cancelled") return "cancelled";
      running = task();
      // Awaited by the next call or by settled(); until then, a failure must not go unhandled.
      running.catch(() => undefined);
      return "started";
    },
    async settled(): Promise<Result | undefined> {
      return running;
    },
  };
}

function rejectionRows(row: RejectedRecord) {
  return row.problems.map((problem) => ({
    kind: row.kind,
    line: row.line,
    email: row.email,
    field: problem.path,
    message: problem.message,
  }));
}

/**
 * Verifiers and actors who came later than the rows naming them (import_references): set once the
 * whole import is read, in one statement each, then forgotten.
 */
async function resolveReferences(db: Db, runId: string, organizationId: string) {
  await db.$transaction([
    db.$executeRaw`
      UPDATE user_skills s SET verified_by = u.id
      FROM import_references r JOIN users u ON u.email = r.email AND u.organization_id = ${organizationId}::uuid
      WHERE r.run_id = ${runId}::uuid AND r.kind = 'skill' AND s.id = r.target_id`,
    db.$executeRaw`
      UPDATE user_activities a SET actor_id = u.id
      FROM import_references r JOIN users u ON u.email = r.email AND u.organization_id = ${organizationId}::uuid
      WHERE r.run_id = ${runId}::uuid AND r.kind = 'activity' AND a.id = r.target_id`,
    db.importReference.deleteMany({ where: { run_id: runId } }),
  ]);
}
