import type { ReactNode } from "react";

/** One row of a details list: a term and what it is ("Not given" when empty). */
export interface DetailRow {
  term: string;
  detail: ReactNode;
}

/** Terms and their values, two columns on wide screens: the user page's facts. */
export function DetailsList({ rows }: { rows: readonly DetailRow[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
      {rows.map((row) => (
        <div key={row.term} className="contents">
          <dt className="text-sm text-fg-muted">{row.term}</dt>
          <dd className="text-fg">
            {row.detail === null || row.detail === "" ? (
              <span className="text-fg-muted">Not given</span>
            ) : (
              row.detail
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
