/**
 * Moments as people read them, relative ("in 6 days", "3 hours ago") and absolute ("27 Nov 2026,
 * 09:30 UTC"). Relative words are computed from the moment the page was rendered, passed down as
 * `now`, so the server and the browser write exactly the same words.
 */

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["week", 7 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];

/** "just now", "5 minutes ago", "yesterday", "in 6 days": `instant` seen from `now` (both ISO). */
export function relativeTime(instant: string, now: string): string {
  const seconds = Math.round((Date.parse(instant) - Date.parse(now)) / 1000);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return "just now";
}

const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

/** "27 Nov 2026, 09:30 UTC" in `timeZone` (an IANA name), the zone named so nobody guesses. */
export function absoluteTime(instant: string, timeZone = "UTC"): string {
  let format = absoluteFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    });
    absoluteFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}
