import { relativeTime } from "../../../../lib/activity/activity-time";

const absolute = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/**
 * A moment as "3 days ago", with the exact time (UTC) in the `<time>` element, its tooltip and
 * for screen readers. `now` is the page's render time, so server and browser write the same words.
 */
export function TimeCell({
  instant,
  now,
  never,
}: {
  instant: string | null;
  now: string;
  never: string;
}) {
  if (instant === null) return <span className="text-fg-muted">{never}</span>;
  const exact = `${absolute.format(new Date(instant))} UTC`;
  return (
    <time dateTime={instant} title={exact} className="whitespace-nowrap">
      {relativeTime(instant, now)}
      <span className="sr-only"> ({exact})</span>
    </time>
  );
}
