"use client";

import { Button, TextField } from "@ums/ui";

import { copyOutcomeText, useCopyToClipboard } from "../../lib/use-copy-to-clipboard";

export interface InvitationLinkProps {
  url: string;
  /** the field's label (default "Invitation link") */
  label?: string;
  /** a sentence under the label: when it expires, that it is shown once */
  description?: string;
}

/**
 * An invitation link to hand over: in a read-only field (selected on focus, so it can be copied by
 * hand too) with a Copy button using the Clipboard API. The outcome is announced in a polite
 * status region ("Copied", or how to copy it by hand when the browser refuses).
 */
export function InvitationLink({
  url,
  label = "Invitation link",
  description,
}: InvitationLinkProps) {
  const { outcome, copy } = useCopyToClipboard();

  return (
    <div className="grid gap-2">
      <TextField
        label={label}
        readOnly
        value={url}
        {...(description === undefined ? {} : { description })}
        className="font-mono text-sm"
        onFocus={(event) => {
          event.currentTarget.select();
        }}
        endAdornment={
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              void copy(url);
            }}
          >
            Copy link
          </Button>
        }
      />
      <p role="status" className="min-h-5 text-sm font-medium text-fg">
        {copyOutcomeText(outcome, "the link")}
      </p>
    </div>
  );
}
