import { absoluteTime, relativeTime } from "./relative-time";

export interface MomentProps {
  /** ISO 8601 */
  at: string;
  /** ISO 8601: the moment the page was rendered, so the server and browser say the same */
  now: string;
}

/** A moment both ways: "in 6 days" over "Nov 27, 2026, 9:30 AM UTC", in a `<time>`. */
export function Moment({ at, now }: MomentProps) {
  const date = new Date(at);
  const absolute = absoluteTime(date);
  return (
    <time dateTime={at} title={absolute} className="grid">
      <span>{relativeTime(date, new Date(now))}</span>
      <span className="text-xs text-fg-muted">{absolute}</span>
    </time>
  );
}
