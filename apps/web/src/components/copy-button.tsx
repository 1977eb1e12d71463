"use client";

import { Button } from "@ums/ui";

import { copyOutcomeText, useCopyToClipboard } from "../lib/use-copy-to-clipboard";

export interface CopyButtonProps {
  /** what is copied */
  text: string;
  /** the button's words ("Copy key") */
  label: string;
  /** names the text in the refusal message ("the key") */
  what: string;
}

/**
 * Copies `text` to the clipboard and says so in a polite status beside the button. Where the
 * browser refuses, it says to copy the text by hand, which the caller shows selectable nearby.
 */
export function CopyButton({ text, label, what }: CopyButtonProps) {
  const { outcome, copy } = useCopyToClipboard();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        size="sm"
        onClick={() => {
          void copy(text);
        }}
      >
        {label}
      </Button>
      <span role="status" className="text-sm text-fg-muted">
        {copyOutcomeText(outcome, what)}
      </span>
    </span>
  );
}
