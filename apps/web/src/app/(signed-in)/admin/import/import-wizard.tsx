"use client";

import type { CsvFileKind } from "@ums/api/data-transfer/csv-files";
import { Alert, Button, LoadingState, Progress, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";
import { useCallback, useId, useRef, useState } from "react";

import { FileDropZone } from "../../../../components/file-drop-zone";
import { useUrlState } from "../../../../lib/use-url-state";
import { uploadFailureMessage } from "../../../../lib/xhr-upload";
import { trpc } from "../../../../trpc/react";
import { CsvFilePreview } from "./csv-file-preview";
import {
  columnMappingOf,
  hasMappingProblems,
  initialMapping,
  mappingProblems,
  previewBytes,
  readCsvHead,
  type CsvHead,
  type HeaderMapping,
} from "./csv-mapping";
import {
  formatBytes,
  importFileNames,
  importKinds,
  pickJsonLinesFile,
  placeCsvFiles,
  type ImportFormatChoice,
} from "./import-files";
import { ImportOptionsFields } from "./import-options-fields";
import { ImportRunView } from "./import-run-view";
import { JsonlFilePreview } from "./jsonl-file-preview";
import { previewJsonLines, type JsonLineResult } from "./jsonl-preview";
import { startImportUpload, type ImportOptions, type ImportUpload } from "./upload-import";

/** A chosen CSV file with what the preview read of it, and how its headers are mapped. */
interface CsvChoice {
  file: File;
  head: CsvHead | { problem: string };
  truncated: boolean;
  mapping: HeaderMapping;
}

interface JsonlChoice {
  file: File;
  lines: JsonLineResult[];
}

type Stage =
  | { name: "prepare" }
  | { name: "uploading"; sent: number; total: number }
  | { name: "run"; importId: string };

const defaultOptions: ImportOptions = {
  dryRun: true,
  newUserStatus: "KEEP",
  sendInvitations: false,
};

/** The first bytes of a file as text (never the whole file: it may hold millions of rows). */
async function headOf(file: File): Promise<{ text: string; truncated: boolean }> {
  const truncated = file.size > previewBytes;
  return { text: await file.slice(0, previewBytes).text(), truncated };
}

async function csvChoiceOf(kind: CsvFileKind, file: File): Promise<CsvChoice> {
  const { text, truncated } = await headOf(file);
  const head = readCsvHead(text, truncated);
  return {
    file,
    head,
    truncated,
    mapping: "problem" in head ? [] : initialMapping(kind, head.headers),
  };
}

export interface ImportWizardProps {
  organizationInput: { organization_id?: string };
  organizationName: string;
}

/**
 * The Import page's form: choose the format and the files (dropped or picked; CSV files are
 * recognised by name), check the mapping preview read from each file's beginning, choose the
 * options, then send: an upload with its progress bar, then the run as it goes. After a dry run
 * the same files can be sent again for real.
 */
export function ImportWizard({ organizationInput, organizationName }: ImportWizardProps) {
  const router = useRouter();
  const { toast } = useToast();
  const { searchParams, hrefWith } = useUrlState();
  const format: ImportFormatChoice = searchParams.get("format") === "jsonl" ? "jsonl" : "csv";
  const [csv, setCsv] = useState<Partial<Record<CsvFileKind, CsvChoice>>>({});
  const [jsonl, setJsonl] = useState<JsonlChoice | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [options, setOptions] = useState<ImportOptions>(defaultOptions);
  const [stage, setStage] = useState<Stage>({ name: "prepare" });
  const [sendError, setSendError] = useState<string | null>(null);
  const cancelUpload = useRef<(() => void) | null>(null);
  const formatName = useId();

  const runQuery = trpc.imports.get.useQuery(
    { import_id: stage.name === "run" ? stage.importId : "" },
    { enabled: stage.name === "run", staleTime: 0 },
  );

  const onFinished = useCallback(() => {
    // The history under the form shows the new run with its counts.
    router.refresh();
  }, [router]);

  function chooseFormat(next: ImportFormatChoice) {
    window.history.replaceState(null, "", hrefWith({ format: next === "jsonl" ? "jsonl" : null }));
    setProblems([]);
  }

  async function addFiles(files: File[]) {
    if (format === "jsonl") {
      const picked = pickJsonLinesFile(files);
      if ("problem" in picked) {
        setProblems([picked.problem]);
        return;
      }
      const { text, truncated } = await headOf(picked.file);
      setJsonl({ file: picked.file, lines: previewJsonLines(text, truncated) });
      setProblems([]);
      return;
    }
    const placed = placeCsvFiles<File>(
      Object.fromEntries(Object.entries(csv).map(([kind, choice]) => [kind, choice.file])),
      files,
    );
    setProblems(placed.problems);
    const read = await Promise.all(
      files.flatMap((file) => {
        const entry = Object.entries(placed.files).find(([, placedFile]) => placedFile === file);
        if (entry === undefined) return [];
        const kind = entry[0] as CsvFileKind;
        return [csvChoiceOf(kind, file).then((choice) => [kind, choice] as const)];
      }),
    );
    setCsv((current) => ({ ...current, ...Object.fromEntries(read) }));
  }

  const csvEntries = importKinds.flatMap((kind) => {
    const choice = csv[kind];
    return choice ? [{ kind, choice }] : [];
  });
  const csvProblems = Object.fromEntries(
    csvEntries.map(({ kind, choice }) => [
      kind,
      "problem" in choice.head ? null : mappingProblems(kind, choice.head.headers, choice.mapping),
    ]),
  ) as Partial<Record<CsvFileKind, ReturnType<typeof mappingProblems> | null>>;

  const blocking: string[] =
    format === "jsonl"
      ? jsonl === null
        ? ["Choose the users.jsonl file."]
        : []
      : [
          ...(csv.users === undefined
            ? ["Choose the users.csv file (the other files are optional)."]
            : []),
          ...csvEntries.flatMap(({ kind, choice }) => {
            const found = csvProblems[kind];
            if ("problem" in choice.head) return [`${choice.file.name} cannot be read.`];
            return found && hasMappingProblems(found)
              ? [`Fix the columns of ${choice.file.name} (see above).`]
              : [];
          }),
        ];

  /** The headers mapped otherwise than the import would read them, per file; null when none is. */
  function columnMappingOfFiles(): ImportUpload["columnMapping"] {
    const entries = csvEntries.flatMap(({ kind, choice }) => {
      if ("problem" in choice.head) return [];
      const mapping = columnMappingOf(kind, choice.head.headers, choice.mapping);
      return Object.keys(mapping).length === 0 ? [] : [[kind, mapping] as const];
    });
    return entries.length === 0 ? null : Object.fromEntries(entries);
  }

  function uploadOf(dryRun: boolean): ImportUpload {
    return {
      format,
      files:
        format === "jsonl"
          ? jsonl
            ? { users: jsonl.file }
            : {}
          : Object.fromEntries(csvEntries.map(({ kind, choice }) => [kind, choice.file])),
      columnMapping: format === "jsonl" ? null : columnMappingOfFiles(),
      options: { ...options, dryRun },
      organizationId: organizationInput.organization_id,
    };
  }

  async function send(dryRun: boolean) {
    setSendError(null);
    const upload = uploadOf(dryRun);
    const total = Object.values(upload.files).reduce((sum, file) => sum + file.size, 0);
    setStage({ name: "uploading", sent: 0, total });
    const { done, cancel } = startImportUpload(upload, (sent, all) => {
      setStage({ name: "uploading", sent, total: all });
    });
    cancelUpload.current = cancel;
    const result = await done;
    cancelUpload.current = null;
    if (!result.ok) {
      setStage({ name: "prepare" });
      if (result.failure.kind === "cancelled") toast({ title: "Upload cancelled", tone: "info" });
      else setSendError(uploadFailureMessage(result.failure));
      return;
    }
    setOptions((current) => ({ ...current, dryRun }));
    setStage({ name: "run", importId: result.importId });
    router.refresh();
  }

  function startOver() {
    setCsv({});
    setJsonl(null);
    setProblems([]);
    setOptions(defaultOptions);
    setSendError(null);
    setStage({ name: "prepare" });
  }

  if (stage.name === "uploading") {
    return (
      <div className="grid max-w-2xl gap-3">
        <Progress
          label="Uploading the files"
          value={stage.sent}
          max={Math.max(stage.total, 1)}
          valueText={`${formatBytes(stage.sent)} of ${formatBytes(stage.total)}`}
        />
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              cancelUpload.current?.();
            }}
          >
            Cancel the upload
          </Button>
        </div>
      </div>
    );
  }

  if (stage.name === "run") {
    return (
      <div className="grid gap-4">
        {runQuery.data ? (
          <ImportRunView
            key={stage.importId}
            initial={runQuery.data}
            onFinished={onFinished}
            onRunForReal={() => {
              void send(false);
            }}
          />
        ) : runQuery.error ? (
          <Alert tone="danger" title="The import was sent, but its progress cannot be shown">
            Find it in the list of earlier imports below.
          </Alert>
        ) : (
          <LoadingState label="Starting the import…" />
        )}
        <div>
          <Button type="button" variant="secondary" onClick={startOver}>
            Start another import
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="grid gap-8">
      <fieldset className="grid gap-3">
        <legend className="mb-2 text-lg font-semibold text-fg">Format</legend>
        <div className="flex flex-wrap gap-3">
          {(
            [
              [
                "csv",
                "CSV files",
                "users.csv, and optionally skills, goals, activities and learning events",
              ],
              ["jsonl", "JSON Lines", "one users.jsonl file, one user per line"],
            ] as const
          ).map(([value, label, hint]) => (
            <label
              key={value}
              className="flex min-h-11 max-w-sm cursor-pointer items-start gap-3 rounded-ums border-ums border-line-strong p-3 has-[:checked]:border-primary has-[:checked]:bg-info-soft"
            >
              <input
                type="radio"
                name={formatName}
                value={value}
                checked={format === value}
                onChange={() => {
                  chooseFormat(value);
                }}
                className="mt-1 size-4 accent-[var(--ums-color-primary)]"
              />
              <span className="grid gap-0.5">
                <span className="font-semibold text-fg">{label}</span>
                <span className="text-sm text-fg-muted">{hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <FileDropZone
        key={format}
        label={format === "jsonl" ? "JSON Lines file" : "CSV files"}
        hint={
          format === "jsonl"
            ? "Drop users.jsonl here, or choose it. Only its first lines are read for the preview; nothing is sent before you choose to."
            : `Drop the files here, or choose them (several at once): ${Object.values(importFileNames).join(", ")}. They are recognised by name. Only their first lines are read for the preview.`
        }
        accept={
          format === "jsonl" ? ".jsonl,.ndjson,.jsonlines,application/x-ndjson" : ".csv,text/csv"
        }
        multiple={format === "csv"}
        error={problems.length > 0 ? problems.join(" ") : null}
        onFiles={(files) => {
          void addFiles(files);
        }}
      />

      {format === "jsonl" && jsonl ? (
        <JsonlFilePreview
          file={jsonl.file}
          lines={jsonl.lines}
          onRemove={() => {
            setJsonl(null);
          }}
        />
      ) : null}
      {format === "csv"
        ? csvEntries.map(({ kind, choice }) => (
            <CsvFilePreview
              key={kind}
              kind={kind}
              file={choice.file}
              head={choice.head}
              truncated={choice.truncated}
              mapping={choice.mapping}
              problems={csvProblems[kind] ?? null}
              onMappingChange={(mapping) => {
                setCsv((current) => ({ ...current, [kind]: { ...choice, mapping } }));
              }}
              onRemove={() => {
                setCsv((current) =>
                  Object.fromEntries(Object.entries(current).filter(([other]) => other !== kind)),
                );
              }}
            />
          ))
        : null}

      <ImportOptionsFields options={options} onChange={setOptions} />

      {sendError ? (
        <Alert tone="danger" title="The import was not started">
          {sendError}
        </Alert>
      ) : null}
      <div className="grid gap-2">
        <div>
          <Button
            type="button"
            disabled={blocking.length > 0}
            aria-describedby={blocking.length > 0 ? "import-blocking" : undefined}
            onClick={() => {
              void send(options.dryRun);
            }}
          >
            {options.dryRun ? "Start the dry run" : `Import into ${organizationName}`}
          </Button>
        </div>
        {blocking.length > 0 ? (
          <p id="import-blocking" className="text-sm text-fg-muted">
            {blocking.join(" ")}
          </p>
        ) : null}
      </div>
    </div>
  );
}
