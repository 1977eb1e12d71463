"use client";

import type { Route } from "next";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useTransition } from "react";

/** A change to the URL's query: a value sets the parameter, null or "" removes it. */
export type QueryPatch = Record<string, string | null | undefined>;

export interface NavigateOptions {
  /** "push" (the default) makes a history entry the back button returns to; "replace" does not. */
  history?: "push" | "replace";
  /**
   * Keep `cursor` and `page`. By default a change of filters, search or sort goes back to the
   * first page, since a cursor belongs to the view that issued it.
   */
  keepPage?: boolean;
}

/** The query parameters that say which page of a list is shown. */
export const pageParams = ["cursor", "page"] as const;

/** `params` with `patch` applied, as the query string of a URL (without the "?"). */
export function applyQueryPatch(
  params: URLSearchParams,
  patch: QueryPatch,
  keepPage = false,
): string {
  const next = new URLSearchParams(params.toString());
  if (!keepPage) for (const name of pageParams) next.delete(name);
  for (const [name, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === "") next.delete(name);
    else next.set(name, value);
  }
  next.sort();
  return next.toString();
}

/**
 * A page's state kept in its URL (filters, search, sort, page), so a view can be shared, survives
 * a reload and the back button returns to the previous one. The server component renders the URL
 * it is given; `navigate` changes it inside a transition, so the old view stays on screen (and
 * `pending` is true) until the new one has arrived.
 */
export function useUrlState() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  // The query of a navigation still under way: a second change made before it arrives (two
  // filters set in quick succession) builds on it, not on the URL it is leaving, or the first
  // change would be lost.
  const inFlight = useRef<string | null>(null);
  useEffect(() => {
    inFlight.current = null;
  }, [searchParams]);

  const hrefWith = useCallback(
    (patch: QueryPatch, keepPage = false): Route => {
      const query = applyQueryPatch(searchParams, patch, keepPage);
      return (query === "" ? pathname : `${pathname}?${query}`) as Route;
    },
    [pathname, searchParams],
  );

  const navigate = useCallback(
    (patch: QueryPatch, options: NavigateOptions = {}) => {
      const base = new URLSearchParams(inFlight.current ?? searchParams.toString());
      const query = applyQueryPatch(base, patch, options.keepPage);
      inFlight.current = query;
      const href = (query === "" ? pathname : `${pathname}?${query}`) as Route;
      startTransition(() => {
        if (options.history === "replace") router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      });
    },
    [pathname, router, searchParams],
  );

  return { searchParams, navigate, hrefWith, pending };
}
