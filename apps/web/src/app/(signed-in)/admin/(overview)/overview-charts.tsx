"use client";

import { BarChart, LineChart, type ChartDatum } from "@ums/ui";

import { formatMinutes } from "../../../../lib/format-duration";

interface OverviewChartsProps {
  /** distinct learners on each day of the period, oldest first */
  learners: ChartDatum[];
  /** minutes learned on each day of the period */
  minutes: ChartDatum[];
  /** the average assessment score of each day that had assessments */
  scores: ChartDatum[];
  /** the period in words ("the last 30 days") */
  period: string;
}

const formatLearners = (count: number) => (count === 1 ? "1 learner" : `${count} learners`);
const formatScore = (score: number) => `${score}%`;

/**
 * The overview's charts. A client component because the charts draw in the browser (and take
 * formatting functions); the figures come from the server with the page.
 */
export function OverviewCharts({ learners, minutes, scores, period }: OverviewChartsProps) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <BarChart
        title="Active learners per day"
        description={`People with any learning, each day of ${period} (UTC days).`}
        data={learners}
        valueLabel="Active learners"
        labelHeader="Day"
        formatValue={formatLearners}
      />
      <BarChart
        title="Learning time per day"
        description={`Minutes learned by everyone together, each day of ${period} (UTC days).`}
        data={minutes}
        valueLabel="Learning time"
        labelHeader="Day"
        formatValue={formatMinutes}
        color={2}
      />
      <LineChart
        title="Assessment scores"
        description={`The average score of each day with assessments, ${period}.`}
        data={scores}
        valueLabel="Average score"
        labelHeader="Day"
        formatValue={formatScore}
        valueDomain={[0, 100]}
        emptyMessage={`No assessments in ${period}.`}
        color={3}
        className="lg:col-span-2"
      />
    </div>
  );
}
