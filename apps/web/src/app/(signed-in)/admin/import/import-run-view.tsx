"use client";

import type { RouterOutputs } from "@ums/api";
import {
  Alert,
  Button,
  buttonClassName,
  ConfirmDialog,
  DataTable,
  Progress,
  StatusBadge,
  useToast,
  type DataTableColumn,
} from "@ums/ui";
import { useEffect, useRef, useState } from "react";

import { failureOf } from "../../../../lib/form-errors";
import { trpc } from "../../../../trpc/react";
import { formatBytes, importKinds, kindLabels } from "./import-files";
import { countsText, isActiveRun, runStatusLabels, runStatusTones } from "./import-labels";
import { estimateRun, formatTimeLeft, keepSamples, type ProgressSample } from "./run-estimate";
import { importReportUrl } from "./upload-import";

export type ImportRun = RouterOutputs["imports"]["get"];
type Counts = ImportRun["totals"];
type Rejection = ImportRun["rejections"][number];

/** How often a run under way is asked for its progress. */
const pollMs = 1500;

const n = (value: number) => value.toLocaleString("en");

interface CountsRow extends Counts {
  key: string;
  label: string;
}

const countColumns: DataTableColumn<CountsRow>[] = [
  { key: "file", header: "File", cell: (row) => row.label, rowHeader: true },
  { key: "rows", header: "Rows", cell: (row) => n(row.rows), align: "end" },
  { key: "created", header: "Created", cell: (row) => n(row.created), align: "end" },
  { key: "updated", header: "Updated", cell: (row) => n(row.updated), align: "end" },
  { key: "unchanged", header: "Unchanged", cell: (row) => n(row.unchanged), align: "end" },
  { key: "rejected", header: "Rejected", cell: (row) => n(row.rejected), align: "end" },
];

const rejectionColumns: DataTableColumn<Rejection & { id: string }>[] = [
  {
    key: "kind",
    header: "File",
    cell: (row) => kindLabels[row.kind],
  },
  { key: "line", header: "Line", cell: (row) => row.line, rowHeader: true, align: "end" },
  { key: "email", header: "E-mail", cell: (row) => row.email ?? "" },
  { key: "field", header: "Field", cell: (row) => row.field },
  { key: "message", header: "Reason", cell: (row) => row.message },
];

/** Each file's counts in the order the import reads them, then the totals. */
function countRows(run: ImportRun): CountsRow[] {
  const rows: CountsRow[] = [];
  for (const kind of importKinds) {
    const counts = run.progress.files[kind];
    const info = run.files.find((file) => file.kind === kind);
    if (counts === undefined && info === undefined) continue;
    rows.push({
      key: kind,
      label: info?.name ?? kindLabels[kind],
      ...(counts ?? { rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 }),
    });
  }
  if (rows.length > 1) rows.push({ key: "total", label: "Total", ...run.totals });
  return rows;
}

export interface ImportRunViewProps {
  /** the run as the server rendered it, or as the upload answered */
  initial: ImportRun;
  /** after a dry run: send the same files again, for real (only where the files are at hand) */
  onRunForReal?: (() => void) | undefined;
  /** called once when the run ends (to refresh the history) */
  onFinished?: (() => void) | undefined;
}

/**
 * One import run as it goes: status, progress from the bytes read (with rows/s and the time
 * left), counts per file, the first rejected rows, Cancel while it runs, the report once it is
 * over. A run under way is asked again every 1.5 s; the asking stops when it ends.
 */
export function ImportRunView({ initial, onRunForReal, onFinished }: ImportRunViewProps) {
  const { toast } = useToast();
  const utils = trpc.useUtils();
  const query = trpc.imports.get.useQuery(
    { import_id: initial.id },
    {
      initialData: initial,
      staleTime: 0,
      refetchInterval: (current) =>
        current.state.data !== undefined && isActiveRun(current.state.data.status) ? pollMs : false,
    },
  );
  const run = query.data;
  const cancel = trpc.imports.cancel.useMutation();

  // Rates from what this page has seen of the run (see run-estimate.ts): a sample for each new
  // answer while it runs, taken as the answer arrives (state adjusted while rendering, so no
  // effect renders twice).
  const [tracked, setTracked] = useState<{ at: number; samples: ProgressSample[] }>({
    at: 0,
    samples: [],
  });
  if (query.dataUpdatedAt !== tracked.at) {
    setTracked({
      at: query.dataUpdatedAt,
      samples: isActiveRun(run.status)
        ? keepSamples(tracked.samples, {
            at: query.dataUpdatedAt,
            rows: run.totals.rows,
            bytesRead: run.progress.bytes_read,
          })
        : tracked.samples,
    });
  }
  const samples = tracked.samples;

  const active = isActiveRun(run.status);
  const wasActive = useRef(active);
  useEffect(() => {
    if (wasActive.current && !active) onFinished?.();
    wasActive.current = active;
  }, [active, onFinished]);

  const estimate = estimateRun(samples, run.bytes_total);
  const fraction = run.bytes_total > 0 ? run.progress.bytes_read / run.bytes_total : null;
  const done = run.status === "SUCCEEDED";
  const what = run.dry_run ? "Dry run" : "Import";

  async function cancelRun() {
    try {
      await cancel.mutateAsync({ import_id: run.id });
      await utils.imports.get.invalidate({ import_id: run.id });
      toast({ title: `${what} cancelled`, description: "Rows already written stay." });
    } catch (error) {
      toast({
        title: "Could not cancel",
        description: failureOf(error, []).message ?? undefined,
        tone: "danger",
      });
      throw error;
    }
  }

  const speed =
    active && estimate.rowsPerSecond !== null
      ? [
          `${n(Math.round(estimate.rowsPerSecond))} rows/s`,
          estimate.secondsLeft === null ? null : `${formatTimeLeft(estimate.secondsLeft)} left`,
        ]
          .filter((part) => part !== null)
          .join(" · ")
      : null;

  return (
    <section aria-labelledby="import-run-heading" className="grid gap-5" data-testid="import-run">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="import-run-heading" className="text-xl font-semibold text-fg">
          {what} of {run.files.map((file) => file.name).join(", ")}
        </h2>
        <StatusBadge tone={runStatusTones[run.status]} data-testid="import-run-status">
          {runStatusLabels[run.status]}
        </StatusBadge>
      </div>
      {/* What changes while it runs, said once per change of status (not at every poll). */}
      <p role="status" className="text-fg" data-testid="import-run-summary">
        {run.status === "QUEUED"
          ? "Waiting for the import worker to pick it up (within a few seconds)."
          : run.status === "RUNNING"
            ? `${what} running: ${n(run.totals.rows)} rows read so far.`
            : `${what} ${runStatusLabels[run.status].toLowerCase()}: ${n(run.totals.rows)} rows, ${countsText(run.totals)}.`}
        {run.dry_run && !active ? " Nothing was written: this was a dry run." : ""}
      </p>
      {run.status === "FAILED" && run.error ? (
        <Alert tone="danger" title="The import stopped">
          {run.error} Rows of the batches before the failure are imported; running the same files
          again goes on from there.
        </Alert>
      ) : null}
      <div className="grid max-w-2xl gap-2">
        <Progress
          label="Progress"
          value={done ? 1 : fraction}
          max={1}
          valueText={
            done
              ? `${formatBytes(run.bytes_total)} read`
              : `${formatBytes(run.progress.bytes_read)} of ${formatBytes(run.bytes_total)} read`
          }
        />
        {speed ? <p className="text-sm text-fg-muted">{speed}</p> : null}
      </div>
      <DataTable
        caption="Rows by file"
        columns={countColumns}
        rows={countRows(run)}
        getRowId={(row) => row.key}
        emptyMessage="No rows read yet."
      />
      {run.rejections.length > 0 ? (
        <DataTable
          caption={
            run.totals.rejected > run.rejections.length
              ? `First ${run.rejections.length} of ${n(run.totals.rejected)} rejected rows (the report has them all)`
              : "Rejected rows"
          }
          columns={rejectionColumns}
          rows={run.rejections.map((rejection, index) => ({ ...rejection, id: String(index) }))}
          getRowId={(row) => row.id}
        />
      ) : null}
      <div className="flex flex-wrap gap-3">
        {active ? (
          <ConfirmDialog
            trigger={
              <Button type="button" variant="danger">
                Cancel the {what.toLowerCase()}
              </Button>
            }
            title={`Cancel this ${what.toLowerCase()}?`}
            description={
              run.dry_run
                ? "It stops after the batch it is working on. A dry run writes nothing anyway."
                : "It stops after the batch it is working on. Rows already imported stay imported; running the same files again later goes over them unchanged."
            }
            confirmLabel={`Cancel the ${what.toLowerCase()}`}
            cancelLabel="Keep it running"
            tone="danger"
            onConfirm={cancelRun}
          />
        ) : (
          <a href={importReportUrl(run.id)} download className={buttonClassName("secondary")}>
            Download report (CSV)
          </a>
        )}
        {run.dry_run && done && onRunForReal ? (
          <Button type="button" onClick={onRunForReal}>
            Run for real
          </Button>
        ) : null}
      </div>
    </section>
  );
}
