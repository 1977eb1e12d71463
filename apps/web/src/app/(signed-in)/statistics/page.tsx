import { EmptyState } from "@ums/ui";
import type { Metadata } from "next";

import { requireUser } from "../../../server/auth/require-user";
import { api } from "../../../server/trpc";
import { historyWeeks, StatisticsOverview } from "./statistics-overview";

export const metadata: Metadata = { title: "Your statistics" };

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

  return (
    <div className="grid gap-6">
      {header}
      <StatisticsOverview
        stats={stats}
        lastActivity={stats.last_activity}
        history={history}
        dailyGoal={preferences.daily_study_goal}
        weeklyGoal={preferences.weekly_study_goal}
        perspective="self"
      />
    </div>
  );
}
