"use client";

import { classNames } from "@ums/ui";
import { useId, useState, type DragEvent } from "react";

export interface CsvFilePickerProps {
  onFile: (file: File) => void;
  /** why the last file could not be used */
  error?: string | null;
}

/**
 * A CSV file, dropped on the zone or chosen with the file picker inside it (a real file input:
 * reachable by keyboard and named by its label, so dragging is never the only way).
 */
export function CsvFilePicker({ onFile, error }: CsvFilePickerProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [dragging, setDragging] = useState(false);

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
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
        CSV file
      </label>
      <p id={hintId} className="max-w-prose text-sm text-fg-muted">
        Drop the file here, or choose it. The first line names the columns (e-mail, and optionally
        role, first name, last name). Nothing is sent before you have checked the preview.
      </p>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        className="max-w-full text-sm text-fg file:me-3 file:min-h-11 file:cursor-pointer file:rounded-ums file:border-ums file:border-line-strong file:bg-surface file:px-4 file:font-semibold file:text-fg"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
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
