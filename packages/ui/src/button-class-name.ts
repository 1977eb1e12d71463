import { classNames } from "./class-names";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md";

const variantClasses: Record<ButtonVariant, string> = {
  primary: "bg-primary text-on-primary border-primary hover:bg-primary-hover",
  secondary: "bg-surface text-fg border-line-strong hover:bg-surface-muted",
  ghost: "bg-transparent text-fg border-transparent hover:bg-surface-muted",
  danger: "bg-danger-solid text-on-danger border-danger-solid hover:bg-danger-solid-hover",
};

const sizeClasses: Record<ButtonSize, string> = {
  sm: "min-h-9 px-3 text-sm",
  md: "min-h-11 px-4 text-base",
};

/**
 * The classes of a button, for links and triggers that must look like one. Server-safe (kept out
 * of the client `Button` module so server components can call it).
 */
export function buttonClassName(
  variant: ButtonVariant = "primary",
  size: ButtonSize = "md",
  className?: string,
): string {
  return classNames(
    "inline-flex items-center justify-center gap-2 rounded-ums border-ums font-semibold",
    "leading-tight no-underline transition-colors select-none",
    "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed",
    variantClasses[variant],
    sizeClasses[size],
    className,
  );
}
