"use client";

import { buttonClassName } from "@ums/ui";
import Link from "next/link";

import { useUrlState } from "../../lib/use-url-state";

export interface CursorPagerProps {
  /** the list's `next_cursor`: null on the last page */
  nextCursor: string | null;
  /** rows on this page */
  shown: number;
  /** the page size asked for */
  pageSize: number;
  /** the whole list's length, when the API counted it */
  total?: number | undefined;
  /** names the pager for assistive technology, e.g. "Users pages" */
  label: string;
}

/** The 1-based page number kept in the URL beside the cursor (for display only). */
export function pageNumberOf(searchParams: URLSearchParams): number {
  const page = Number(searchParams.get("page"));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/**
 * Cursor pagination kept in the URL (`cursor`, and `page` for the "Showing 21–40" text): links to
 * the first page and the next, so every page has an address and the back button returns to the
 * previous one. A cursor only goes forward: that is what keeps every page one indexed query, at
 * any depth.
 */
export function CursorPager({ nextCursor, shown, pageSize, total, label }: CursorPagerProps) {
  const { searchParams, hrefWith } = useUrlState();
  const page = pageNumberOf(searchParams);
  const first = (page - 1) * pageSize + 1;
  const range = shown === 0 ? "No rows" : `Showing ${first}–${first + shown - 1}`;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-fg-muted" aria-live="polite">
        {range}
        {total === undefined ? "" : ` of ${total.toLocaleString("en")}`}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link
            href={hrefWith({ cursor: null, page: null })}
            className={buttonClassName("secondary", "sm")}
          >
            First page
          </Link>
        ) : null}
        {nextCursor === null ? null : (
          <Link
            href={hrefWith({ cursor: nextCursor, page: String(page + 1) }, true)}
            className={buttonClassName("secondary", "sm")}
          >
            Next page
          </Link>
        )}
      </div>
    </nav>
  );
}
