"use client";

import { TextField } from "@ums/ui";
import { useState } from "react";

interface DayFieldProps {
  label: string;
  description: string;
  /** the day in the URL (YYYY-MM-DD), or null */
  value: string | null;
  min?: string | null;
  max?: string | null;
  error?: string | undefined;
  /**
   * A day was entered or cleared: the first entry makes a history entry, a correction of it
   * replaces that entry (the back button returns to the view before the date, not to each edit).
   */
  onChange: (day: string | null, history: "push" | "replace") => void;
}

/** A date filter kept in the URL; it shows the URL's day after back, forward or a link. */
export function DayField({ label, description, value, min, max, error, onChange }: DayFieldProps) {
  const [text, setText] = useState(value ?? "");
  // Back, forward or a link changed the URL's day: show it (React's "adjust state on a prop change").
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value ?? "");
  }
  return (
    <TextField
      label={label}
      type="date"
      description={description}
      value={text}
      min={min ?? undefined}
      max={max ?? undefined}
      error={error}
      onChange={(event) => {
        const day = event.target.value;
        setText(day);
        // A partly typed date reads as "": only a whole day, or an emptied field, goes to the URL.
        if (day !== "" || event.target.validity.valid) {
          onChange(day === "" ? null : day, value === null ? "push" : "replace");
        }
      }}
    />
  );
}
