"use client";

import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ["data-screen-reader"],
  });
  return () => {
    observer.disconnect();
  };
}

function snapshot(): boolean {
  return document.documentElement.dataset.screenReader === "on";
}

/**
 * Whether the user asked for the screen-reader mode (`<html data-screen-reader="on">`, from their
 * accessibility preferences): components then put the words first, e.g. a chart shows its data
 * table without being asked. During server rendering it answers `false`; the client's answer
 * follows right after hydration.
 */
export function useScreenReaderMode(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
