import { relativeTime } from "../../lib/activity/activity-time";

const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

/** "27 Nov 2026, 09:30" in `timeZone`. */
export function absoluteTime(instant: string, timeZone: string): string {
  let format = absoluteFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone,
    });
    absoluteFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

export interface InstantTextProps {
  /** the moment (ISO), or null for `never` */
  at: string | null;
  /** when the page was rendered (ISO): server and browser then write the same words */
  now: string;
  /** the administrator's own time zone (their profile's) */
  timeZone: string;
  /** what to write when `at` is null (default "Never") */
  never?: string;
}

/**
 * A moment in a table cell: relative ("3 days ago", "in 2 months") and, under it, absolute in the
 * reader's time zone, both visible (a tooltip would hide the absolute one from keyboard and touch).
 */
export function InstantText({ at, now, timeZone, never = "Never" }: InstantTextProps) {
  if (at === null) return <span className="text-fg-muted">{never}</span>;
  return (
    <time dateTime={at} className="grid">
      <span>{relativeTime(at, now)}</span>
      <span className="text-xs text-fg-muted">{absoluteTime(at, timeZone)}</span>
    </time>
  );
}
