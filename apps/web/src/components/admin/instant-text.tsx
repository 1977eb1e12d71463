import { absoluteTime, relativeTime } from "../../lib/moments";

export interface InstantTextProps {
  /** the moment (ISO), or null for `never` */
  at: string | null;
  /** when the page was rendered (ISO): server and browser then write the same words */
  now: string;
  /** the reader's time zone (their profile's); UTC when the page does not know it */
  timeZone?: string;
  /** what to write when `at` is null (default "Never") */
  never?: string;
}

/**
 * A moment in a table cell: relative ("3 days ago", "in 2 months") and, under it, absolute in the
 * reader's time zone, both visible (a tooltip would hide the absolute one from keyboard and touch).
 */
export function InstantText({ at, now, timeZone = "UTC", never = "Never" }: InstantTextProps) {
  if (at === null) return <span className="text-fg-muted">{never}</span>;
  return (
    <time dateTime={at} className="grid">
      <span>{relativeTime(at, now)}</span>
      <span className="text-xs text-fg-muted">{absoluteTime(at, timeZone)}</span>
    </time>
  );
}
