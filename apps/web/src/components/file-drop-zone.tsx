"use client";

import { classNames } from "@ums/ui";
import { useId, useState, type DragEvent, type ReactNode } from "react";

export interface FileDropZoneProps {
  /** names the file input ("CSV file") */
  label: string;
  /** what to drop or choose, under the label */
  hint: ReactNode;
  /** the file input's `accept` (".csv,text/csv") */
  accept: string;
  /** several files at once (dropped together or chosen together) */
  multiple?: boolean;
  /** the files dropped or chosen (one at most unless `multiple`) */
  onFiles: (files: File[]) => void;
  /** why the last file could not be used */
  error?: string | null;
}

/**
 * Files dropped on the zone or chosen with the file picker inside it (a real file input:
 * reachable by keyboard and named by its label, so dragging is never the only way).
 */
export function FileDropZone({
  label,
  hint,
  accept,
  multiple = false,
  onFiles,
  error,
}: FileDropZoneProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [dragging, setDragging] = useState(false);

  function take(list: FileList | null | undefined) {
    const files = [...(list ?? [])].slice(0, multiple ? undefined : 1);
    if (files.length > 0) onFiles(files);
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  }

  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setDragging(true);
      }}
      onDragLeave={() => {
        setDragging(false);
      }}
      onDrop={drop}
      className={classNames(
        "grid justify-items-center gap-3 rounded-ums border-2 border-dashed px-6 py-10 text-center",
        dragging ? "border-primary bg-info-soft" : "border-line-strong",
      )}
    >
      <label htmlFor={inputId} className="text-lg font-semibold text-fg">
        {label}
      </label>
      <p id={hintId} className="max-w-prose text-sm text-fg-muted">
        {hint}
      </p>
      <input
        id={inputId}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        className="max-w-full text-sm text-fg file:me-3 file:min-h-11 file:cursor-pointer file:rounded-ums file:border-ums file:border-line-strong file:bg-surface file:px-4 file:font-semibold file:text-fg"
        onChange={(event) => {
          take(event.target.files);
          // The same file chosen again (after fixing it) must still be read.
          event.target.value = "";
        }}
      />
      {error ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-danger-ink">
          {error}
        </p>
      ) : null}
    </div>
  );
}
