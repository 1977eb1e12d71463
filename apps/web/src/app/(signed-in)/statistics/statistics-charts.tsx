"use client";

import { BarChart, LineChart, type ChartDatum } from "@ums/ui";

import { formatMinutes } from "../../../lib/format-duration";

interface StatisticsChartsProps {
  /** minutes learned on each of the last days, oldest first */
  daily: ChartDatum[];
  /** minutes learned in each of the last weeks, oldest first */
  weekly: ChartDatum[];
  /** the average assessment score of each day that had assessments */
  scores: ChartDatum[];
  /** how many days and weeks the charts cover, for their descriptions */
  dayCount: number;
  weekCount: number;
  /** the learner's own charts ("your"), or a person's seen by an admin ("their") */
  perspective: "self" | "other";
}

const formatScore = (score: number) => `${score}%`;

/**
 * The dashboard's charts. A client component because the charts draw in the browser (and take
 * formatting functions); the figures come from the server with the page.
 */
export function StatisticsCharts({
  daily,
  weekly,
  scores,
  dayCount,
  weekCount,
  perspective,
}: StatisticsChartsProps) {
  const whose = perspective === "self" ? "your" : "their";
  return (
    <div className="grid gap-6">
      <BarChart
        title="Learning time per day"
        description={`The last ${dayCount} days, in ${whose} time zone.`}
        data={daily}
        valueLabel="Learning time"
        labelHeader="Day"
        formatValue={formatMinutes}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <BarChart
          title="Learning time per week"
          description={`The last ${weekCount} weeks, Monday to Sunday; this week so far.`}
          data={weekly}
          valueLabel="Learning time"
          labelHeader="Week beginning"
          formatValue={formatMinutes}
          color={2}
        />
        <LineChart
          title="Assessment scores"
          description={`${perspective === "self" ? "Your" : "Their"} average score on each day with assessments, the last ${weekCount} weeks.`}
          data={scores}
          valueLabel="Average score"
          labelHeader="Day"
          formatValue={formatScore}
          emptyMessage={`No assessments in the last ${weekCount} weeks.`}
          color={3}
        />
      </div>
    </div>
  );
}
