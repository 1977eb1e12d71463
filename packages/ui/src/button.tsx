"use client";

import type { ButtonHTMLAttributes, MouseEvent, Ref } from "react";

import { buttonClassName, type ButtonSize, type ButtonVariant } from "./button-class-name";
import { Spinner } from "./spinner";

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** The look: `primary` for the main action of a view, `danger` for destructive ones (default `primary`). */
  variant?: ButtonVariant;
  /** `md` (default, 44px tall: a comfortable touch target) or `sm` (36px). */
  size?: ButtonSize;
  /**
   * The action is running: shows a spinner, sets `aria-busy` and `aria-disabled` and ignores clicks
   * (so a form is not submitted twice), but keeps the button focusable and its name unchanged.
   */
  loading?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A button (a client component, so server components can render it too, without handlers). The `type` is the HTML default (`submit` inside a form): pass `type="button"` for one
 * that must not submit.
 */
export function Button({
  variant = "primary",
  size = "md",
  loading = false,
  className,
  children,
  onClick,
  ...rest
}: ButtonProps) {
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }
  return (
    <button
      {...rest}
      className={buttonClassName(variant, size, className)}
      onClick={handleClick}
      aria-busy={loading || undefined}
      aria-disabled={loading ? true : rest["aria-disabled"]}
    >
      {loading ? <Spinner /> : null}
      {children}
    </button>
  );
}
