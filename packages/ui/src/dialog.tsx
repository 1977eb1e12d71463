"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import { useRef, useState, type ReactNode } from "react";

import { Button } from "./button";
import { classNames } from "./class-names";
import { CloseIcon } from "./icons";

export interface DialogProps {
  /** Controlled open state; leave out (with `trigger`) to let the dialog manage it. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens the dialog (rendered as is, e.g. a `Button`). */
  trigger?: ReactNode;
  /** The dialog's heading; it names the dialog. */
  title: string;
  /** A sentence under the title; it describes the dialog. */
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom (end-aligned). */
  footer?: ReactNode;
  /** Width: `sm` 24rem, `md` 32rem (default), `lg` 48rem. */
  size?: "sm" | "md" | "lg";
  /** Accessible name of the × button (default "Close"). */
  closeLabel?: string;
  /** The role: `alertdialog` for confirmations that need an answer. */
  role?: "dialog" | "alertdialog";
  /** Called when the dialog opens, to move focus elsewhere than the first focusable element. */
  onOpenAutoFocus?: (event: Event) => void;
  className?: string;
}

const sizeClasses = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-3xl" } as const;

/**
 * A modal dialog (Radix Dialog): focus is trapped inside and returns to the trigger on close,
 * Escape and a click outside close it, the page behind is inert, and a labelled close button sits
 * in the corner.
 */
export function Dialog({
  open,
  defaultOpen,
  onOpenChange,
  trigger,
  title,
  description,
  children,
  footer,
  size = "md",
  closeLabel = "Close",
  role = "dialog",
  onOpenAutoFocus,
  className,
}: DialogProps) {
  return (
    <RadixDialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger ? <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger> : null}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-50 bg-overlay data-[state=open]:animate-ums-fade-in" />
        <RadixDialog.Content
          role={role}
          onOpenAutoFocus={onOpenAutoFocus}
          {...(description === undefined ? { "aria-describedby": undefined } : {})}
          className={classNames(
            "fixed top-1/2 left-1/2 z-50 grid max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2",
            "gap-4 overflow-y-auto rounded-ums border-ums border-line bg-surface p-6 text-fg shadow-xl",
            "data-[state=open]:animate-ums-pop-in",
            sizeClasses[size],
            className,
          )}
        >
          <div className="grid gap-1 pe-10">
            <RadixDialog.Title className="text-xl leading-snug font-semibold">
              {title}
            </RadixDialog.Title>
            {description !== undefined ? (
              <RadixDialog.Description className="text-fg-muted">
                {description}
              </RadixDialog.Description>
            ) : null}
          </div>
          {children}
          {footer ? <div className="flex flex-wrap justify-end gap-3">{footer}</div> : null}
          <RadixDialog.Close asChild>
            <button
              type="button"
              aria-label={closeLabel}
              className="absolute top-4 right-4 inline-flex size-9 items-center justify-center rounded-ums text-fg-muted hover:bg-surface-muted hover:text-fg"
            >
              <CloseIcon className="size-5" />
            </button>
          </RadixDialog.Close>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

export interface ConfirmDialogProps {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens the dialog. */
  trigger?: ReactNode;
  /** The question ("Remove this skill?"). */
  title: string;
  /** What happens, and whether it can be undone. */
  description: ReactNode;
  /** The confirm button's words: the action, not "OK" (default "Confirm"). */
  confirmLabel?: string;
  /** Default "Cancel". */
  cancelLabel?: string;
  /** `danger` for destructive actions: a red confirm button, and focus starts on Cancel. */
  tone?: "default" | "danger";
  /**
   * Runs on confirm. While a returned promise is pending the confirm button shows it is busy; the
   * dialog closes when it resolves and stays open when it rejects (the caller reports the error).
   */
  onConfirm: () => void | Promise<void>;
  children?: ReactNode;
}

/** A confirmation (`role="alertdialog"`) with Cancel and a confirm button. */
export function ConfirmDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  confirmLabel = "Confirm",
  cancelLabel = "Cancel",
  tone = "default",
  onConfirm,
  children,
}: ConfirmDialogProps) {
  const [uncontrolledOpen, setUncontrolledOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const isOpen = open ?? uncontrolledOpen;

  function setOpen(next: boolean) {
    if (pending && !next) return;
    setUncontrolledOpen(next);
    onOpenChange?.(next);
  }

  async function confirm() {
    setPending(true);
    try {
      await onConfirm();
      setPending(false);
      setUncontrolledOpen(false);
      onOpenChange?.(false);
    } catch {
      setPending(false);
    }
  }

  return (
    <Dialog
      open={isOpen}
      onOpenChange={setOpen}
      trigger={trigger}
      title={title}
      description={description}
      role="alertdialog"
      size="sm"
      onOpenAutoFocus={(event) => {
        if (tone !== "danger") return;
        event.preventDefault();
        cancelRef.current?.focus();
      }}
      footer={
        <>
          <Button
            ref={cancelRef}
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() => {
              setOpen(false);
            }}
          >
            {cancelLabel}
          </Button>
          <Button
            type="button"
            variant={tone === "danger" ? "danger" : "primary"}
            loading={pending}
            onClick={() => {
              void confirm();
            }}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
