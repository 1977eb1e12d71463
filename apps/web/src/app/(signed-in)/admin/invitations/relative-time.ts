const relativeFormat = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

// In UTC, so that the server and the browser render the same text (and it says so).
const absoluteFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** How far `at` is from `now` in words: "in 6 days", "3 hours ago", "now". */
export function relativeTime(at: Date, now: Date): string {
  const seconds = (at.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
  }
  return "now";
}

/** The moment itself, in UTC: "Nov 27, 2026, 9:30 AM UTC". */
export function absoluteTime(at: Date): string {
  return `${absoluteFormat.format(at)} UTC`;
}
