"use client";

import { useSyncExternalStore } from "react";

const query = "(prefers-reduced-motion: reduce)";

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(query);
  media.addEventListener("change", onChange);
  // The app's own setting lives on <html data-motion="reduce">.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ["data-motion"],
  });
  return () => {
    media.removeEventListener("change", onChange);
    observer.disconnect();
  };
}

function snapshot(): boolean {
  return window.matchMedia(query).matches || document.documentElement.dataset.motion === "reduce";
}

/**
 * Whether motion should be avoided: the system's `prefers-reduced-motion`, or the app's
 * `data-motion="reduce"` on <html>. For motion CSS cannot switch off (JavaScript-driven chart
 * animations); during server rendering it answers `true`, so nothing animates before hydration.
 */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => true);
}
