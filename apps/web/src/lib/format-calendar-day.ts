/**
 * Calendar days ("2026-11-27", as the API gives them) in words. They carry no time zone, so they
 * are read and written as UTC: the day stays the day whatever zone the server or browser is in.
 */
const shortDay = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

/** "27 Nov". */
export function formatShortDay(day: string): string {
  return shortDay.format(new Date(`${day}T00:00:00Z`));
}
