export interface Row {
  scenario: string;
  concurrency: number;
  unit: string;
  api: {
    unitsPerSecond: number;
    p50: number;
    p95: number;
    p99: number;
    errors: number;
    peakRssMb: number;
  };
  baseline: { unitsPerSecond: number; p50: number; p95: number; p99: number; errors: number };
}

/** API throughput as a fraction of the baseline's; what compares across machines. */
export const ratio = (api: number, baseline: number): number | null =>
  baseline > 0 ? api / baseline : null;

const fixed = (value: number, digits: number) => value.toFixed(digits);

/** The results as a plain-text table, one line per scenario and concurrency. */
export function formatTable(rows: readonly Row[]): string {
  const header = [
    "scenario",
    "conc",
    "api/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "base/s",
    "base p95",
    "ratio",
    "rss MB",
    "errors",
  ];
  const lines = rows.map((row) => {
    const r = ratio(row.api.unitsPerSecond, row.baseline.unitsPerSecond);
    const units = row.unit === "req" ? "" : ` ${row.unit}`;
    return [
      row.scenario,
      String(row.concurrency),
      `${fixed(row.api.unitsPerSecond, 0)}${units}`,
      fixed(row.api.p50, 1),
      fixed(row.api.p95, 1),
      fixed(row.api.p99, 1),
      fixed(row.baseline.unitsPerSecond, 0),
      fixed(row.baseline.p95, 1),
      r === null ? "-" : fixed(r, 2),
      fixed(row.api.peakRssMb, 0),
      row.api.errors + row.baseline.errors === 0 ? "" : `${row.api.errors}/${row.baseline.errors}`,
    ];
  });
  const widths = header.map((title, i) =>
    Math.max(title.length, ...lines.map((line) => (line[i] ?? "").length)),
  );
  const render = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [
    render(header),
    render(widths.map((width) => "-".repeat(width))),
    ...lines.map(render),
  ].join("\n");
}
