import { Card, EmptyState, Progress } from "@ums/ui";
import type { Metadata } from "next";

import { formatShortDay } from "../../../lib/format-calendar-day";
import { formatMinutes } from "../../../lib/format-duration";
import { requireUser } from "../../../server/auth/require-user";
import { api } from "../../../server/trpc";
import { LazyStatisticsCharts } from "./lazy-statistics-charts";
import { StatList, StatTile } from "./stat-tile";

export const metadata: Metadata = { title: "Your statistics" };

/** The weeks the page reads; the daily chart shows the last `chartDays` of them. */
const historyWeeks = 12;
const chartDays = 30;

/** "1 day", "4 days". */
const days = (count: number) => (count === 1 ? "1 day" : `${count} days`);

const score = (value: number | null) => (value === null ? "–" : `${Math.round(value * 10) / 10}%`);

/** `/statistics`: the learner's figures, their learning over time, and their study goals. */
export default async function StatisticsPage() {
  await requireUser();
  const caller = await api();
  const [stats, history, preferences] = await Promise.all([
    caller.stats.mine(),
    caller.stats.myHistory({ weeks: historyWeeks }),
    caller.preferences.get(),
  ]);

  const header = (
    <header className="grid gap-2">
      <h1 className="text-3xl leading-tight font-semibold text-fg">Your statistics</h1>
      <p className="text-fg-muted">
        Your learning across the platform&apos;s courses, by day in your time zone (
        {history.time_zone}).
      </p>
    </header>
  );

  if (stats.last_activity === null) {
    return (
      <div className="grid gap-6">
        {header}
        <EmptyState
          title="Nothing to show yet"
          description="Your statistics appear here once you start learning: time spent, courses completed, assessment scores and streaks."
        />
      </div>
    );
  }

  const today = history.days.at(-1)?.learning_time ?? 0;
  const dailyGoal = preferences.daily_study_goal;
  const weeklyGoal = preferences.weekly_study_goal;
  const lastActivity = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: history.time_zone,
  }).format(new Date(stats.last_activity));
  const passRate =
    stats.total_assessments_taken === 0
      ? null
      : Math.round((stats.assessments_passed / stats.total_assessments_taken) * 100);

  return (
    <div className="grid gap-6">
      {header}
      <p className="text-sm text-fg-muted">Last activity: {lastActivity}.</p>

      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Learning time" className="md:col-span-2">
          <div className="grid gap-6">
            <StatList>
              <StatTile label="This week" value={formatMinutes(stats.this_week_learning_time)} />
              <StatTile label="This month" value={formatMinutes(stats.this_month_learning_time)} />
              <StatTile label="In total" value={formatMinutes(stats.total_learning_time)} />
            </StatList>
            {dailyGoal !== null || weeklyGoal !== null ? (
              <div className="grid gap-4 sm:grid-cols-2">
                {dailyGoal !== null ? (
                  <Progress
                    label="Today's study goal"
                    value={today}
                    max={dailyGoal}
                    valueText={`${formatMinutes(today)} of ${formatMinutes(dailyGoal)}`}
                  />
                ) : null}
                {weeklyGoal !== null ? (
                  <Progress
                    label="This week's study goal"
                    value={stats.this_week_learning_time}
                    max={weeklyGoal}
                    valueText={`${formatMinutes(stats.this_week_learning_time)} of ${formatMinutes(weeklyGoal)}`}
                  />
                ) : null}
              </div>
            ) : (
              <p className="text-sm text-fg-muted">
                Set a daily or weekly study goal in your learning preferences to follow it here.
              </p>
            )}
          </div>
        </Card>

        <Card title="Courses">
          <div className="grid gap-4">
            <StatList>
              <StatTile
                label="Completed"
                value={stats.courses_completed}
                detail={`of ${stats.total_courses_enrolled} enrolled`}
              />
              <StatTile label="In progress" value={stats.courses_in_progress} />
            </StatList>
            {stats.total_courses_enrolled > 0 ? (
              <Progress
                label="Courses completed"
                value={stats.courses_completed}
                max={stats.total_courses_enrolled}
                valueText={`${stats.courses_completed} of ${stats.total_courses_enrolled}`}
              />
            ) : null}
          </div>
        </Card>

        <Card title="Assessments">
          <StatList>
            <StatTile label="Average score" value={score(stats.average_score)} />
            <StatTile label="Highest score" value={score(stats.highest_score)} />
            <StatTile
              label="Pass rate"
              value={passRate === null ? "–" : `${passRate}%`}
              detail={`${stats.assessments_passed} of ${stats.total_assessments_taken} passed`}
            />
          </StatList>
        </Card>

        <Card title="Streak">
          <StatList>
            <StatTile
              label="Current streak"
              value={days(stats.login_streak)}
              detail="days in a row you signed in"
            />
            <StatTile label="Longest streak" value={days(stats.longest_login_streak)} />
          </StatList>
        </Card>

        <Card title="Achievements">
          <StatList>
            <StatTile label="Certificates" value={stats.certificates_earned} />
            <StatTile label="Badges" value={stats.badges_earned} />
            <StatTile label="Points" value={stats.points_earned.toLocaleString("en-GB")} />
          </StatList>
        </Card>
      </div>

      <section aria-labelledby="over-time" className="grid gap-4">
        <h2 id="over-time" className="text-xl font-semibold text-fg">
          Over time
        </h2>
        <LazyStatisticsCharts
          daily={history.days.slice(-chartDays).map((day) => ({
            label: formatShortDay(day.date),
            value: day.learning_time,
          }))}
          weekly={history.weeks.map((week) => ({
            label: formatShortDay(week.week_start),
            value: week.learning_time,
          }))}
          scores={history.days.flatMap((day) =>
            day.average_score === null
              ? []
              : [{ label: formatShortDay(day.date), value: day.average_score }],
          )}
          dayCount={chartDays}
          weekCount={historyWeeks}
        />
      </section>
    </div>
  );
}
