import type { ReactNode } from "react";

interface FormSectionProps {
  /** The section's name, its `<legend>`. */
  legend: string;
  /** A sentence under the legend: what the section is for. */
  description?: ReactNode;
  children: ReactNode;
}

/** A section of a long form: a `<fieldset>` named by its `<legend>`, on a card. */
export function FormSection({ legend, description, children }: FormSectionProps) {
  return (
    <fieldset className="grid min-w-0 gap-4 rounded-ums border-ums border-line bg-surface p-6">
      <legend className="px-1 text-lg font-semibold text-fg">{legend}</legend>
      {description ? <p className="-mt-2 text-sm text-fg-muted">{description}</p> : null}
      {children}
    </fieldset>
  );
}
