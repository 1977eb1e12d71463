/**
 * Times of the timeline, in the person's own time zone (their profile's), and relative to the
 * moment the page was rendered: the server and the browser then write exactly the same words.
 */

const dayKeyFormats = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-27": the day `instant` falls on in `timeZone`. */
export function dayKey(instant: string, timeZone: string): string {
  let format = dayKeyFormats.get(timeZone);
  if (format === undefined) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      timeZone,
    });
    dayKeyFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

const longDay = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** The heading of a day of the timeline: "Today", "Yesterday" or "Friday 20 November 2026". */
export function dayHeading(key: string, todayKey: string): string {
  const day = Date.parse(`${key}T00:00:00Z`);
  const today = Date.parse(`${todayKey}T00:00:00Z`);
  if (day === today) return "Today";
  if (day === today - 86_400_000) return "Yesterday";
  return longDay.format(day);
}

/** "14:05" in `timeZone`. */
export function clockTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone }).format(
    new Date(instant),
  );
}

/** "Friday 20 November 2026 at 14:05" in `timeZone`. */
export function fullTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone,
  }).format(new Date(instant));
}
