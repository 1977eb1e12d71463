"use client";

import { useEffect, useRef, useState } from "react";

/** What the last copy did: nothing yet (or long enough ago), copied, or refused by the browser. */
export type CopyOutcome = "copied" | "failed" | null;

/** How long "Copied" is said before the status empties again. */
const outcomeShownMs = 5_000;

/**
 * Copying text with the Clipboard API, and what came of it for a polite status line. The API is
 * missing outside secure contexts and a permission can be denied: both are "failed", and the
 * caller then says to copy the text by hand (it shows it selectable).
 */
export function useCopyToClipboard() {
  const [outcome, setOutcome] = useState<CopyOutcome>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );

  async function copy(text: string): Promise<void> {
    clearTimeout(timer.current);
    try {
      if (typeof navigator.clipboard === "undefined") throw new Error("No clipboard");
      await navigator.clipboard.writeText(text);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
    timer.current = setTimeout(() => {
      setOutcome(null);
    }, outcomeShownMs);
  }

  return { outcome, copy };
}

/** The status line's words for an outcome; `what` names the text ("the link", "the key"). */
export function copyOutcomeText(outcome: CopyOutcome, what: string): string {
  if (outcome === "copied") return "Copied to the clipboard.";
  if (outcome === "failed")
    return `Your browser did not allow copying: select ${what} and copy it.`;
  return "";
}
