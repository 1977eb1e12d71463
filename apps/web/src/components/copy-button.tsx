"use client";

import { Button } from "@ums/ui";
import { useEffect, useState } from "react";

export interface CopyButtonProps {
  /** what is copied */
  text: string;
  /** the button's words ("Copy key") */
  label: string;
}

/** How long "Copied" stays before the status empties again. */
const statusMs = 5_000;

/**
 * Copies `text` to the clipboard and says so in a polite status beside the button. Where the
 * browser refuses (an insecure page, a denied permission), it says to copy the text by hand, which
 * the caller shows selectable next to the button.
 */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null);

  useEffect(() => {
    if (outcome === null) return;
    const timer = setTimeout(() => {
      setOutcome(null);
    }, statusMs);
    return () => {
      clearTimeout(timer);
    };
  }, [outcome]);

  async function copy() {
    try {
      // Missing outside secure contexts: handled as a refusal.
      if (typeof navigator.clipboard === "undefined") throw new Error("No clipboard");
      await navigator.clipboard.writeText(text);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        size="sm"
        onClick={() => {
          void copy();
        }}
      >
        {label}
      </Button>
      <span role="status" className="text-sm text-fg-muted">
        {outcome === "copied"
          ? "Copied to the clipboard."
          : outcome === "failed"
            ? "The browser did not allow copying: select the text and copy it."
            : ""}
      </span>
    </span>
  );
}
