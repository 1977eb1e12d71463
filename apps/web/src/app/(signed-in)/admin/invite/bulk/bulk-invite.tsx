"use client";

import { maxInvitationsPerBatch } from "@ums/api/schemas/invitations";
import type { UserRole } from "@ums/db/enums";
import { Alert, Button, Progress } from "@ums/ui";
import { useMemo, useState } from "react";

import { FileDropZone } from "../../../../../components/file-drop-zone";
import { failureOf } from "../../../../../lib/form-errors";
import { CsvError, parseCsv } from "../../../../../lib/parse-csv";
import { trpc } from "../../../../../trpc/react";
import { outcomesOf, type RowOutcome } from "./bulk-report";
import { BulkReportView } from "./bulk-report-view";
import { checkRows, guessMapping, type ColumnMapping } from "./bulk-rows";
import { ColumnMappingFields } from "./column-mapping-fields";
import { PreviewTable } from "./preview-table";
import { sendInBatches } from "./send-in-batches";

/** Files larger than this are refused before reading: a list of people is far smaller. */
const maxFileBytes = 2 * 1024 * 1024;
/** More rows than this would make the preview unwieldy; split the file. */
const maxRows = 5000;

interface LoadedFile {
  name: string;
  headers: string[];
  dataRows: string[][];
}

type Step =
  | { name: "choose"; error: string | null }
  | { name: "preview"; file: LoadedFile; mapping: ColumnMapping }
  | { name: "sending"; file: LoadedFile; done: number; total: number }
  | { name: "report"; file: LoadedFile; outcomes: RowOutcome[]; stopped: string | null };

async function readCsvFile(file: File): Promise<LoadedFile | string> {
  if (file.size > maxFileBytes)
    return `${file.name} is larger than 2 MB: split it into smaller files.`;
  let records: string[][];
  try {
    records = parseCsv(await file.text());
  } catch (error) {
    if (error instanceof CsvError) return `${file.name} is not a valid CSV file. ${error.message}.`;
    return `${file.name} could not be read.`;
  }
  const [headers, ...dataRows] = records;
  if (headers === undefined || dataRows.length === 0) {
    return `${file.name} has no rows under its header line.`;
  }
  if (dataRows.length > maxRows) {
    return `${file.name} has ${dataRows.length.toLocaleString("en")} rows; at most ${maxRows.toLocaleString("en")} at once: split it.`;
  }
  return { name: file.name, headers, dataRows };
}

export interface BulkInviteProps {
  roles: readonly UserRole[];
  organizationInput: { organization_id?: string };
}

/**
 * Invites many people from a CSV file: read in the browser, columns matched to fields, every row
 * checked with the server's row schema (and repeated addresses) in a preview before anything is
 * sent; the good rows then go in batches of at most `maxInvitationsPerBatch` with a progress bar;
 * last, a report of every row, to download.
 */
export function BulkInvite({ roles, organizationInput }: BulkInviteProps) {
  const [step, setStep] = useState<Step>({ name: "choose", error: null });
  const [problemsOnly, setProblemsOnly] = useState(false);
  const bulkCreate = trpc.invitations.bulkCreate.useMutation();
  const utils = trpc.useUtils();

  const checked = useMemo(
    () =>
      step.name === "preview"
        ? checkRows(step.file.dataRows, step.mapping, { grantable: roles })
        : [],
    [step, roles],
  );

  async function choose(file: File) {
    const loaded = await readCsvFile(file);
    if (typeof loaded === "string") setStep({ name: "choose", error: loaded });
    else setStep({ name: "preview", file: loaded, mapping: guessMapping(loaded.headers) });
  }

  async function send(file: LoadedFile, rows: typeof checked) {
    const total = rows.filter((row) => row.input !== null).length;
    setStep({ name: "sending", file, done: 0, total });
    const { answers, failure } = await sendInBatches(
      rows,
      (invitations) => bulkCreate.mutateAsync({ invitations, ...organizationInput }),
      maxInvitationsPerBatch,
      (done) => {
        setStep({ name: "sending", file, done, total });
      },
    );
    const stopped = failure === null ? null : (failureOf(failure, []).message ?? "Sending failed.");
    setStep({
      name: "report",
      file,
      outcomes: outcomesOf(rows, answers, "Not sent: sending stopped before this row"),
      stopped,
    });
    void utils.invitations.list.invalidate();
  }

  const restart = (
    <Button
      type="button"
      variant="secondary"
      onClick={() => {
        setStep({ name: "choose", error: null });
      }}
    >
      {step.name === "report" ? "Invite from another file" : "Choose another file"}
    </Button>
  );

  if (step.name === "choose") {
    return (
      <FileDropZone
        label="CSV file"
        hint="Drop the file here, or choose it. The first line names the columns (e-mail, and optionally role, first name, last name). Nothing is sent before you have checked the preview."
        accept=".csv,text/csv"
        error={step.error}
        onFiles={([file]) => {
          if (file) void choose(file);
        }}
      />
    );
  }

  if (step.name === "sending") {
    return (
      <div className="grid max-w-2xl gap-3">
        <Progress
          label="Sending invitations"
          value={step.done}
          max={step.total}
          valueText={`${step.done} of ${step.total}`}
        />
        <p className="text-sm text-fg-muted">Keep this page open until the report appears.</p>
      </div>
    );
  }

  if (step.name === "report") {
    return (
      <div className="grid gap-4">
        {step.stopped ? (
          <Alert tone="danger" title="Sending stopped">
            {step.stopped} The rows marked “sending stopped” were not invited: send them again from
            a file with only those rows.
          </Alert>
        ) : null}
        <BulkReportView outcomes={step.outcomes} fileName={step.file.name} />
        <div>{restart}</div>
      </div>
    );
  }

  const ready = checked.filter((row) => row.input !== null).length;
  const flagged = checked.length - ready;
  const shown = problemsOnly ? checked.filter((row) => row.input === null) : checked;
  return (
    <div className="grid gap-6">
      <ColumnMappingFields
        headers={step.file.headers}
        mapping={step.mapping}
        onChange={(mapping) => {
          setStep({ ...step, mapping });
        }}
      />
      {step.mapping.email === null ? null : (
        <section aria-labelledby="bulk-preview-heading" className="grid gap-3">
          <h3 id="bulk-preview-heading" className="text-lg font-semibold text-fg">
            Preview
          </h3>
          <p className="text-fg" data-testid="bulk-preview-summary">
            {checked.length} {checked.length === 1 ? "row" : "rows"}: {ready} ready to invite,{" "}
            {flagged} with problems (skipped).
          </p>
          <label className="flex items-center gap-2 text-sm text-fg">
            <input
              type="checkbox"
              className="size-4 accent-[var(--ums-color-primary)]"
              checked={problemsOnly}
              onChange={(event) => {
                setProblemsOnly(event.target.checked);
              }}
            />
            Show only rows with problems
          </label>
          <PreviewTable rows={shown} caption={`Rows of ${step.file.name}`} />
        </section>
      )}
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          disabled={step.mapping.email === null || ready === 0}
          onClick={() => {
            void send(step.file, checked);
          }}
        >
          {ready === 1 ? "Invite 1 person" : `Invite ${ready} people`}
        </Button>
        {restart}
      </div>
    </div>
  );
}
