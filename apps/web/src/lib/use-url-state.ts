"use client";

import type { Route } from "next";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";

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

  const hrefWith = useCallback(
    (patch: QueryPatch, keepPage = false): Route => {
      const query = applyQueryPatch(searchParams, patch, keepPage);
      return (query === "" ? pathname : `${pathname}?${query}`) as Route;
    },
    [pathname, searchParams],
  );

  const navigate = useCallback(
    (patch: QueryPatch, options: NavigateOptions = {}) => {
      const href = hrefWith(patch, options.keepPage);
      startTransition(() => {
        if (options.history === "replace") router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      });
    },
    [hrefWith, router],
  );

  return { searchParams, navigate, hrefWith, pending };
}
