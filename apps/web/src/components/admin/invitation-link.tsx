"use client";

import { Button, TextField } from "@ums/ui";
import { useEffect, useRef, useState } from "react";

export interface InvitationLinkProps {
  url: string;
  /** the field's label (default "Invitation link") */
  label?: string;
  /** a sentence under the label: when it expires, that it is shown once */
  description?: string;
}

type CopyState = "idle" | "copied" | "failed";

/** How long "Copied" stays before the button reads "Copy link" again. */
const copiedForMs = 4000;

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
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );

  async function copy() {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
      timer.current = setTimeout(() => {
        setState("idle");
      }, copiedForMs);
    } catch {
      setState("failed");
    }
  }

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
              void copy();
            }}
          >
            Copy link
          </Button>
        }
      />
      <p role="status" className="min-h-5 text-sm font-medium text-fg">
        {state === "copied"
          ? "Copied to the clipboard."
          : state === "failed"
            ? "Your browser did not allow copying: select the link and copy it yourself."
            : ""}
      </p>
    </div>
  );
}
