"use client";

import { BarChart } from "@ums/ui";

import { formatScore, scoreNames, styleNames, type Scores } from "./learning-style";

/**
 * The learning style as a bar chart of the four scores on their whole 0–1 range, with the numbers
 * in words for screen readers (and the data table for everyone).
 */
export default function LearningStyleChart({ scores }: { scores: Scores }) {
  const data = scoreNames.map((name) => ({ label: styleNames[name].label, value: scores[name] }));
  const values = scoreNames
    .map((name) => `${styleNames[name].word} ${formatScore(scores[name])}`)
    .join(", ");
  return (
    <BarChart
      title="Your learning style"
      description="Your four scores, each from 0 to 1."
      summary={`Learning style scores from 0 to 1: ${values}.`}
      data={data}
      labelHeader="Style"
      valueLabel="Score"
      valueDomain={[0, 1]}
      formatValue={formatScore}
      height={200}
    />
  );
}
