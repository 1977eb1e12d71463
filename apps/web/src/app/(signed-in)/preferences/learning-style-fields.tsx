"use client";

import { LoadingState, Slider } from "@ums/ui";
import dynamic from "next/dynamic";

import type { FieldErrors } from "../../../lib/form-errors";
import {
  formatScore,
  scoreNames,
  styleNames,
  styleSentence,
  type ScoreName,
  type Scores,
} from "./learning-style";

// The chart library is large and the chart needs the browser's layout anyway: it loads after the
// form, which is usable at once.
const LearningStyleChart = dynamic(() => import("./learning-style-chart"), {
  ssr: false,
  loading: () => <LoadingState label="Loading the chart…" className="h-72" />,
});

interface LearningStyleFieldsProps {
  scores: Scores;
  errors: FieldErrors;
  onChange: (name: ScoreName, value: number) => void;
}

/** The four VARK sliders, the style they make in words, and its chart. */
export function LearningStyleFields({ scores, errors, onChange }: LearningStyleFieldsProps) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="grid content-start gap-4">
        {scoreNames.map((name) => (
          <Slider
            key={name}
            label={styleNames[name].label}
            description={styleNames[name].hint}
            value={scores[name]}
            min={0}
            max={1}
            step={0.05}
            formatValue={formatScore}
            error={errors[name]}
            onValueChange={(value) => {
              // Steps of 0.05 in floating point: keep two decimals, as shown.
              onChange(name, Math.round(value * 100) / 100);
            }}
          />
        ))}
      </div>
      <div className="grid content-start gap-3">
        {/* In words at once, with the page; the chart follows when its code has loaded. */}
        <p className="font-medium text-fg">{styleSentence(scores)}</p>
        <LearningStyleChart scores={scores} />
      </div>
    </div>
  );
}
