import { useId, type ReactNode } from "react";

import { classNames } from "./class-names";

/** The ids that tie a form control to its label, description and error message. */
export interface FieldIds {
  /** The control's id (the caller's, or a generated one). */
  controlId: string;
  labelId: string;
  descriptionId: string | undefined;
  errorId: string | undefined;
  /** The value for the control's `aria-describedby`: description and error, or undefined. */
  describedBy: string | undefined;
}

/**
 * Ids for a labelled control: keeps the caller's `id` when given, and only names the description
 * and error elements that are actually rendered, so `aria-describedby` never points at nothing.
 */
export function useFieldIds(
  id: string | undefined,
  options: { description?: ReactNode; error?: ReactNode; describedBy?: string | undefined },
): FieldIds {
  const generated = useId();
  const controlId = id ?? `${generated}-control`;
  const descriptionId = hasContent(options.description) ? `${generated}-description` : undefined;
  const errorId = hasContent(options.error) ? `${generated}-error` : undefined;
  const describedBy =
    [options.describedBy, descriptionId, errorId].filter(Boolean).join(" ") || undefined;
  return { controlId, labelId: `${generated}-label`, descriptionId, errorId, describedBy };
}

function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== "";
}

/** Classes of the label above a control. */
export const labelClass = "block text-sm font-semibold text-fg";

/** Classes shared by text inputs, text areas and the select/combobox triggers. */
export const controlClass = classNames(
  "block w-full min-h-11 rounded-ums border-ums border-line-strong bg-surface px-3 py-2",
  "text-base text-fg placeholder:text-fg-muted",
  "transition-colors aria-invalid:border-danger-ink",
  "disabled:cursor-not-allowed disabled:bg-surface-muted disabled:text-fg-muted",
);

/** The hint under a label: format, limits, what the field is for. */
export function FieldDescription({
  id,
  children,
}: {
  id: string | undefined;
  children: ReactNode;
}) {
  if (id === undefined) return null;
  return (
    <p id={id} className="text-sm text-fg-muted">
      {children}
    </p>
  );
}

/** The error of a field, next to it, and named by the control's `aria-describedby`. */
export function FieldError({ id, children }: { id: string | undefined; children: ReactNode }) {
  if (id === undefined) return null;
  return (
    <p id={id} className="flex items-start gap-1.5 text-sm font-medium text-danger-ink">
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="mt-0.5 size-4 shrink-0"
        fill="currentColor"
      >
        <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.9 4.25h1.8v5.5H9.1v-5.5Zm0 7h1.8v1.8H9.1v-1.8Z" />
      </svg>
      <span>{children}</span>
    </p>
  );
}
