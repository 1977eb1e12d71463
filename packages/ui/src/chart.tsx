"use client";

import { useId, useState, type ReactNode } from "react";
import {
  Bar,
  BarChart as RechartsBarChart,
  CartesianGrid,
  Line,
  LineChart as RechartsLineChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import { Button } from "./button";
import { summarizeData, type ChartDatum } from "./chart-summary";
import { classNames } from "./class-names";
import { useReducedMotion } from "./use-reduced-motion";
import { useScreenReaderMode } from "./use-screen-reader-mode";

export type { ChartDatum };

export interface ChartFrameProps {
  /** The chart's title, in the figure's caption. */
  title: ReactNode;
  /** A sentence under the title: what is measured, over which period. */
  description?: ReactNode;
  /** The data behind the chart, for the table view (and the default summary). */
  data: readonly ChartDatum[];
  /** What the chart shows in words, read by screen readers instead of the drawing. */
  summary?: string;
  /** Header of the table's label column (default "Label"). */
  labelHeader?: string;
  /** Header of the table's value column (default "Value"). */
  valueHeader?: string;
  formatValue?: (value: number) => string;
  /** Shown instead of the chart when `data` is empty (default "No data yet."). */
  emptyMessage?: ReactNode;
  /** The chart itself (a recharts chart). */
  children: ReactNode;
  className?: string;
}

/**
 * A chart in a `<figure>` with its caption. The drawing is one image to screen readers, named by
 * `summary`; a "Show data table" button reveals the numbers as a table, for everyone. In the
 * screen-reader mode (`data-screen-reader="on"`) the table is shown from the start.
 */
export function ChartFrame({
  title,
  description,
  data,
  summary,
  labelHeader = "Label",
  valueHeader = "Value",
  formatValue = String,
  emptyMessage = "No data yet.",
  children,
  className,
}: ChartFrameProps) {
  // Until the person presses the button, the table follows the screen-reader mode.
  const screenReaderMode = useScreenReaderMode();
  const [tableToggled, setTableToggled] = useState<boolean | null>(null);
  const showTable = tableToggled ?? screenReaderMode;
  const tableId = useId();
  const label =
    summary ?? summarizeData(typeof title === "string" ? title : "Chart", data, formatValue);
  return (
    <figure
      className={classNames(
        "m-0 grid gap-3 rounded-ums border-ums border-line bg-surface p-4 text-fg",
        className,
      )}
    >
      <figcaption className="flex flex-wrap items-start justify-between gap-2">
        <span className="grid gap-0.5">
          <span className="font-semibold">{title}</span>
          {description ? <span className="text-sm text-fg-muted">{description}</span> : null}
        </span>
        {data.length > 0 ? (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => {
              setTableToggled(!showTable);
            }}
          >
            {showTable ? "Hide data table" : "Show data table"}
          </Button>
        ) : null}
      </figcaption>
      {data.length === 0 ? (
        <p className="py-8 text-center text-sm text-fg-muted">{emptyMessage}</p>
      ) : (
        <div role="img" aria-label={label} className="w-full">
          {children}
        </div>
      )}
      <div id={tableId} hidden={!showTable || data.length === 0} className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b-[length:var(--ums-border-width)] border-line">
              <th scope="col" className="px-2 py-1.5 text-start font-semibold">
                {labelHeader}
              </th>
              <th scope="col" className="px-2 py-1.5 text-end font-semibold">
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.label} className="border-b border-line last:border-b-0">
                <th scope="row" className="px-2 py-1.5 text-start font-normal">
                  {datum.label}
                </th>
                <td className="px-2 py-1.5 text-end tabular-nums">{formatValue(datum.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export type ChartColor = 1 | 2 | 3 | 4;

export interface SimpleChartProps extends Omit<ChartFrameProps, "children" | "valueHeader"> {
  /** The measured quantity ("Minutes"): the tooltip's and the table's value header. */
  valueLabel: string;
  /** Height of the drawing in pixels (default 240). */
  height?: number;
  /** One of the theme's chart colours (default 1). */
  color?: ChartColor;
  /** The value axis' range, when it is known in advance (a score from 0 to 1); default from the data. */
  valueDomain?: [number, number];
}

const axisTick = { fill: "var(--ums-color-text-muted)", fontSize: "0.8125rem" };
const tooltipStyle = {
  background: "var(--ums-color-surface)",
  border: "var(--ums-border-width) solid var(--ums-color-border-strong)",
  borderRadius: "var(--ums-radius)",
  color: "var(--ums-color-text)",
};

/** A bar chart of `{ label, value }[]` in a `ChartFrame`, themed, animated unless motion is reduced. */
export function BarChart({
  data,
  valueLabel,
  height = 240,
  color = 1,
  formatValue = String,
  valueDomain,
  ...frame
}: SimpleChartProps) {
  const reducedMotion = useReducedMotion();
  return (
    <ChartFrame {...frame} data={data} valueHeader={valueLabel} formatValue={formatValue}>
      <RechartsBarChart
        data={[...data]}
        responsive
        accessibilityLayer={false}
        style={{ width: "100%", height }}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid vertical={false} stroke="var(--ums-color-border)" />
        <XAxis dataKey="label" tick={axisTick} stroke="var(--ums-color-border-strong)" />
        <YAxis
          tick={axisTick}
          stroke="var(--ums-color-border-strong)"
          tickFormatter={formatValue}
          width="auto"
          {...(valueDomain ? { domain: valueDomain } : {})}
        />
        <Tooltip
          cursor={{ fill: "var(--ums-color-surface-muted)" }}
          contentStyle={tooltipStyle}
          formatter={(value) => (typeof value === "number" ? formatValue(value) : String(value))}
        />
        <Bar
          dataKey="value"
          name={valueLabel}
          fill={`var(--ums-color-chart-${color})`}
          radius={[4, 4, 0, 0]}
          isAnimationActive={!reducedMotion}
        />
      </RechartsBarChart>
    </ChartFrame>
  );
}

/** A line chart of `{ label, value }[]` in a `ChartFrame`, themed, animated unless motion is reduced. */
export function LineChart({
  data,
  valueLabel,
  height = 240,
  color = 1,
  formatValue = String,
  valueDomain,
  ...frame
}: SimpleChartProps) {
  const reducedMotion = useReducedMotion();
  const stroke = `var(--ums-color-chart-${color})`;
  return (
    <ChartFrame {...frame} data={data} valueHeader={valueLabel} formatValue={formatValue}>
      <RechartsLineChart
        data={[...data]}
        responsive
        accessibilityLayer={false}
        style={{ width: "100%", height }}
        margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
      >
        <CartesianGrid vertical={false} stroke="var(--ums-color-border)" />
        <XAxis dataKey="label" tick={axisTick} stroke="var(--ums-color-border-strong)" />
        <YAxis
          tick={axisTick}
          stroke="var(--ums-color-border-strong)"
          tickFormatter={formatValue}
          width="auto"
          {...(valueDomain ? { domain: valueDomain } : {})}
        />
        <Tooltip
          contentStyle={tooltipStyle}
          formatter={(value) => (typeof value === "number" ? formatValue(value) : String(value))}
        />
        <Line
          type="monotone"
          dataKey="value"
          name={valueLabel}
          stroke={stroke}
          strokeWidth={2.5}
          dot={{ r: 3, fill: stroke }}
          isAnimationActive={!reducedMotion}
        />
      </RechartsLineChart>
    </ChartFrame>
  );
}
