import type { RouterOutputs } from "@ums/api";
import { Card, Progress } from "@ums/ui";

import { formatShortDay } from "../../../lib/format-calendar-day";
import { formatMinutes } from "../../../lib/format-duration";
import { LazyStatisticsCharts } from "./lazy-statistics-charts";
import { StatList, StatTile } from "./stat-tile";

/** The weeks the overview shows (read them with `weeks: historyWeeks`); the daily chart the last `chartDays`. */
export const historyWeeks = 12;
const chartDays = 30;

/** Whose statistics: the signed-in learner's own ("you"), or a person's seen by an admin ("they"). */
export type StatisticsPerspective = "self" | "other";

interface StatisticsOverviewProps {
  stats: RouterOutputs["stats"]["mine"];
  /** `stats.last_activity`: the overview is only for someone with some activity */
  lastActivity: string;
  history: RouterOutputs["stats"]["myHistory"];
  /** the person's study goals, in minutes (null: none set) */
  dailyGoal: number | null;
  weeklyGoal: number | null;
  perspective: StatisticsPerspective;
  /** the level of "Over time" (the cards' headings follow the UI kit's) */
  headingLevel?: 2 | 3;
}

/** "1 day", "4 days". */
const days = (count: number) => (count === 1 ? "1 day" : `${count} days`);

const score = (value: number | null) => (value === null ? "–" : `${Math.round(value * 10) / 10}%`);

/**
 * A person's learning figures (time, courses, assessments, streak, achievements, study goals) and
 * their charts over time: the learner's /statistics page and the admin user page's Statistics tab.
 * Only for someone with some activity; say so otherwise.
 */
export function StatisticsOverview({
  stats,
  lastActivity,
  history,
  dailyGoal,
  weeklyGoal,
  perspective,
  headingLevel = 2,
}: StatisticsOverviewProps) {
  const self = perspective === "self";
  const OverTime = `h${headingLevel}` as const;
  const today = history.days.at(-1)?.learning_time ?? 0;
  const lastActivityText = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: history.time_zone,
  }).format(new Date(lastActivity));
  const passRate =
    stats.total_assessments_taken === 0
      ? null
      : Math.round((stats.assessments_passed / stats.total_assessments_taken) * 100);

  return (
    <div className="grid gap-6">
      <p className="text-sm text-fg-muted">Last activity: {lastActivityText}.</p>

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
                {self
                  ? "Set a daily or weekly study goal in your learning preferences to follow it here."
                  : "No daily or weekly study goal is set in their learning preferences."}
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
              detail={self ? "days in a row you signed in" : "days in a row they signed in"}
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
        <OverTime id="over-time" className="text-xl font-semibold text-fg">
          Over time
        </OverTime>
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
          perspective={perspective}
        />
      </section>
    </div>
  );
}
