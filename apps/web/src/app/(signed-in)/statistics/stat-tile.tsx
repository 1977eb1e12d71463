import type { ReactNode } from "react";

interface StatTileProps {
  /** what is measured ("This week") */
  label: string;
  /** the figure, large */
  value: ReactNode;
  /** a line of context under the figure */
  detail?: ReactNode;
}

/** One figure of a card: a term and its value in the card's description list. */
export function StatTile({ label, value, detail }: StatTileProps) {
  return (
    <div className="grid content-start gap-1">
      <dt className="text-sm text-fg-muted">{label}</dt>
      <dd className="text-2xl font-semibold text-fg tabular-nums">{value}</dd>
      {detail ? <dd className="text-sm text-fg-muted">{detail}</dd> : null}
    </div>
  );
}

/** The figures of a card, side by side on wide screens. */
export function StatList({ children }: { children: ReactNode }) {
  return <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">{children}</dl>;
}
