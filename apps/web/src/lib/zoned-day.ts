/**
 * Calendar days of a time zone as instants: a date range an administrator picks ("from 3 to 9
 * November", in their own zone) becomes the UTC bounds the API filters on.
 */

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - (instant - (instant % 1000));
}

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = calendarDate.exec(value);
  if (match === null) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * The instant `day` (YYYY-MM-DD) begins in `timeZone`. Midnight less the zone's offset, the offset
 * read at two guesses: they differ only near a daylight-saving change, where the earliest guess
 * that falls on `day` wins (a midnight the clocks skip begins the day at 01:00; one they repeat,
 * at the first of the two).
 */
export function startOfZonedDay(day: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  const first = midnightUtc - zoneOffsetMs(midnightUtc, timeZone);
  const second = midnightUtc - zoneOffsetMs(first, timeZone);
  const onTheDay = [first, second]
    .filter((instant) => zonedDayOf(new Date(instant), timeZone) === day)
    .sort((a, b) => a - b);
  return new Date(onTheDay[0] ?? first);
}

/** The last millisecond of `day` in `timeZone`: the next day's start, less one. */
export function endOfZonedDay(day: string, timeZone: string): Date {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return new Date(startOfZonedDay(next, timeZone).getTime() - 1);
}

/** "2026-11-27": the day `instant` falls on in `timeZone`. */
export function zonedDayOf(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}
