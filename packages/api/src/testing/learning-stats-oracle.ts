/**
 * An independent, plain-JavaScript statement of the statistics rules, for tests: given a user's
 * events and time zone, what LearningStats must say. The service computes them in SQL; the tests
 * check that both agree on streams of events made to be awkward.
 */

export interface OracleEvent {
  event_id: string;
  event_type: string;
  occurred_at: string;
  course_id?: string | undefined;
  lesson_id?: string | undefined;
  minutes?: number | undefined;
  score?: number | undefined;
  passed?: boolean | undefined;
  points?: number | undefined;
}

const dayMs = 86_400_000;

export function localDay(instant: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(instant));
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / dayMs;
const dayText = (n: number) => new Date(n * dayMs).toISOString().slice(0, 10);

export function expectedStats(events: OracleEvent[], timeZone: string, now: Date) {
  const unique = [...new Map(events.map((event) => [event.event_id, event])).values()];
  const of = (type: string) => unique.filter((event) => event.event_type === type);
  const today = localDay(now, timeZone);
  const todayN = dayNumber(today);
  const weekStart = todayN - ((new Date(todayN * dayMs).getUTCDay() + 6) % 7);
  const monthStart = dayNumber(`${today.slice(0, 7)}-01`);
  const minutesFrom = (startN: number) =>
    of("LEARNING_TIME")
      .filter((event) => {
        const n = dayNumber(localDay(event.occurred_at, timeZone));
        return n >= startN && n <= todayN;
      })
      .reduce((sum, event) => sum + (event.minutes ?? 0), 0);
  const courses = (types: string[]) =>
    new Set(
      unique.filter((event) => types.includes(event.event_type)).map((event) => event.course_id),
    );
  const completed = courses(["COURSE_COMPLETED"]);
  const started = courses(["COURSE_ENROLLED", "COURSE_IN_PROGRESS"]);
  const scores = of("ASSESSMENT_COMPLETED").map((event) => event.score ?? 0);

  const loginDays = [
    ...new Set(of("LOGIN").map((event) => dayNumber(localDay(event.occurred_at, timeZone)))),
  ].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let current = 0;
  loginDays.forEach((day, i) => {
    run = i > 0 && day === (loginDays[i - 1] ?? 0) + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    if (day >= todayN - 1) current = run;
  });
  const latest = [...unique].sort((a, b) => Date.parse(b.occurred_at) - Date.parse(a.occurred_at));

  return {
    total_courses_enrolled: courses(["COURSE_ENROLLED"]).size,
    courses_completed: completed.size,
    courses_in_progress: [...started].filter((course) => !completed.has(course)).length,
    total_learning_time: minutesFrom(Number.NEGATIVE_INFINITY),
    this_week_learning_time: minutesFrom(weekStart),
    this_month_learning_time: minutesFrom(monthStart),
    average_score: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
    highest_score: scores.length === 0 ? null : Math.max(...scores),
    total_assessments_taken: scores.length,
    assessments_passed: of("ASSESSMENT_COMPLETED").filter((event) => event.passed).length,
    login_streak: current,
    longest_login_streak: longest,
    total_logins: of("LOGIN").length,
    certificates_earned: of("CERTIFICATE_EARNED").length,
    badges_earned: of("BADGE_EARNED").length,
    points_earned: of("POINTS_EARNED").reduce((sum, event) => sum + (event.points ?? 0), 0),
    last_activity: latest[0] ? new Date(latest[0].occurred_at) : null,
    last_course_accessed: latest.find((event) => event.course_id !== undefined)?.course_id ?? null,
    last_lesson_completed:
      latest.find((event) => event.event_type === "LESSON_COMPLETED")?.lesson_id ?? null,
    week_start_date: dayText(weekStart),
    month_start_date: dayText(monthStart),
  };
}
