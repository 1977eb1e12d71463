"use client";

import * as RadixToast from "@radix-ui/react-toast";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

import { classNames } from "./class-names";
import { CloseIcon } from "./icons";
import { useScreenReaderMode } from "./use-screen-reader-mode";

export type ToastTone = "info" | "success" | "warning" | "danger";

export interface ToastOptions {
  title: string;
  description?: string;
  /** Default `success`. `danger` is announced at once (assertive) and stays longer. */
  tone?: ToastTone;
  /**
   * Milliseconds before it hides itself (default 5000, 10000 for `danger`; twice as long in the
   * screen-reader mode, where a notification is found and read later than it is seen).
   */
  duration?: number;
}

interface ToastEntry extends ToastOptions {
  id: number;
}

interface ToastApi {
  /** Shows a notification in the corner of the screen. */
  toast: (options: ToastOptions) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

const toneClasses: Record<ToastTone, string> = {
  info: "bg-info-soft text-info-ink",
  success: "bg-success-soft text-success-ink",
  warning: "bg-warning-soft text-warning-ink",
  danger: "bg-danger-soft text-danger-ink",
};

export interface ToastProviderProps {
  children: ReactNode;
  /** Names the notification region (default "Notifications"); F8 moves focus to it. */
  label?: string;
}

/**
 * Hosts the app's notifications (Radix Toast): put it once near the root, then call `useToast()`.
 * Notifications are announced by screen readers, pause while hovered or focused, can be swiped or
 * closed with their × button, and F8 jumps to them.
 */
export function ToastProvider({ children, label = "Notifications" }: ToastProviderProps) {
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const patience = useScreenReaderMode() ? 2 : 1;

  const toast = useCallback((options: ToastOptions) => {
    setToasts((current) => [...current, { ...options, id: Date.now() + Math.random() }]);
  }, []);
  const api = useMemo(() => ({ toast }), [toast]);

  return (
    <ToastContext.Provider value={api}>
      <RadixToast.Provider label={label} swipeDirection="right">
        {children}
        {toasts.map(({ id, title, description, tone = "success", duration }) => (
          <RadixToast.Root
            key={id}
            type={tone === "danger" ? "foreground" : "background"}
            duration={(duration ?? (tone === "danger" ? 10_000 : 5_000)) * patience}
            onOpenChange={(open) => {
              if (!open) setToasts((current) => current.filter((entry) => entry.id !== id));
            }}
            className={classNames(
              "ums-forced-outline relative grid gap-1 rounded-ums border-tone p-4 pe-12 shadow-lg",
              "data-[state=open]:animate-ums-slide-in",
              "data-[swipe=move]:translate-x-[var(--radix-toast-swipe-move-x)]",
              toneClasses[tone],
            )}
          >
            <RadixToast.Title className="font-semibold">{title}</RadixToast.Title>
            {description ? (
              <RadixToast.Description className="text-sm">{description}</RadixToast.Description>
            ) : null}
            <RadixToast.Close
              aria-label="Dismiss notification"
              className="absolute top-3 right-3 inline-flex size-8 items-center justify-center rounded-ums hover:bg-current/10"
            >
              <CloseIcon />
            </RadixToast.Close>
          </RadixToast.Root>
        ))}
        <RadixToast.Viewport className="fixed right-0 bottom-0 z-[100] m-0 flex w-full max-w-sm list-none flex-col gap-2 p-4 outline-none" />
      </RadixToast.Provider>
    </ToastContext.Provider>
  );
}

/** `toast({ title, description, tone })` of the nearest `ToastProvider`. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (api === null) throw new Error("useToast() needs a <ToastProvider> above it");
  return api;
}
