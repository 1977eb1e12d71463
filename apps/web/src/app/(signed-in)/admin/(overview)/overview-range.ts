/**
 * The overview's periods, kept in the URL (`?range=30d`). The organization summary counts UTC
 * days, both ends included, at most 366 days apart: "12 months" is the last 365 days.
 */
export const overviewRanges = {
  "7d": { days: 7, label: "Last 7 days" },
  "30d": { days: 30, label: "Last 30 days" },
  "90d": { days: 90, label: "Last 90 days" },
  "12m": { days: 365, label: "Last 12 months" },
} as const;

export type OverviewRange = keyof typeof overviewRanges;

export const defaultOverviewRange: OverviewRange = "30d";

const dayMs = 86_400_000;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The range a `?range=` asks for; anything else is the default. */
export function overviewRangeOf(param: unknown): OverviewRange {
  return typeof param === "string" && Object.hasOwn(overviewRanges, param)
    ? (param as OverviewRange)
    : defaultOverviewRange;
}

/** The UTC days (YYYY-MM-DD) a range covers, ending today. */
export function rangeDays(range: OverviewRange, now: Date): { from: string; to: string } {
  const today = Date.parse(`${isoDay(now.getTime())}T00:00:00Z`);
  return { from: isoDay(today - (overviewRanges[range].days - 1) * dayMs), to: isoDay(today) };
}

/**
 * Every day from `from` to `to`, oldest first, with the figures of the days that have some and
 * `empty` for the others (the summary lists only days with learning; a chart needs them all).
 */
export function everyDay<Day extends { date: string }>(
  from: string,
  to: string,
  days: readonly Day[],
  empty: (date: string) => Day,
): Day[] {
  const byDate = new Map(days.map((day) => [day.date, day]));
  const result: Day[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += dayMs) {
    const date = isoDay(ms);
    result.push(byDate.get(date) ?? empty(date));
  }
  return result;
}
