import type { ComponentPropsWithoutRef, ReactNode } from "react";

import { classNames } from "./class-names";

export type AlertTone = "info" | "success" | "warning" | "danger";

export interface AlertProps extends Omit<ComponentPropsWithoutRef<"div">, "title" | "role"> {
  /** `danger` and `warning` interrupt screen readers (`role="alert"`), the others wait (`role="status"`). */
  tone: AlertTone;
  /** A short heading in bold above the message. */
  title?: string;
  children?: ReactNode;
}

const toneClasses: Record<AlertTone, string> = {
  info: "bg-info-soft text-info-ink",
  success: "bg-success-soft text-success-ink",
  warning: "bg-warning-soft text-warning-ink",
  danger: "bg-danger-soft text-danger-ink",
};

const icons: Record<AlertTone, string> = {
  info: "M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17ZM9.1 5.5h1.8v1.8H9.1V5.5Zm0 3.5h1.8v5.5H9.1V9Z",
  success:
    "M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-1.2 12-3.6-3.6 1.3-1.3 2.3 2.3 4.8-4.8 1.3 1.3-6.1 6.1Z",
  warning: "M10 1.8 1 17.5h18L10 1.8Zm-.9 5.7h1.8v5H9.1v-5Zm0 6.5h1.8v1.8H9.1V14Z",
  danger:
    "M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.9 4.25h1.8v5.5H9.1v-5.5Zm0 7h1.8v1.8H9.1v-1.8Z",
};

/**
 * A message about the page or the last action ("Saved", "Wrong e-mail or password"). Tone is told
 * by the icon, the colour and the words together, never by colour alone.
 */
export function Alert({ tone, title, className, children, ...rest }: AlertProps) {
  return (
    <div
      {...rest}
      role={tone === "danger" || tone === "warning" ? "alert" : "status"}
      data-tone={tone}
      className={classNames(
        "flex gap-3 rounded-ums border-tone p-4 text-sm ums-forced-outline",
        toneClasses[tone],
        className,
      )}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="currentColor"
        className="mt-0.5 size-5 shrink-0"
      >
        <path d={icons[tone]} />
      </svg>
      <div className="grid gap-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div>{children}</div> : null}
      </div>
    </div>
  );
}
