/** Calendar arithmetic on "YYYY-MM-DD" days (no time, no zone: UTC midnight stands for the day). */

const dayMs = 86_400_000;

const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** `day` moved by `count` days (negative: back). */
export function addDays(day: string, count: number): string {
  return toDay(toTime(day) + count * dayMs);
}

/** The Monday of the week `day` belongs to (weeks run Monday to Sunday, as PostgreSQL's). */
export function mondayOf(day: string): string {
  const weekday = new Date(toTime(day)).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Every day from `first` to `last`, both included, oldest first. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let time = toTime(first); time <= toTime(last); time += dayMs) days.push(toDay(time));
  return days;
}

/** The Monday of every week that overlaps `first`..`last`, oldest first. */
export function weeksBetween(first: string, last: string): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(monday);
  }
  return weeks;
}
