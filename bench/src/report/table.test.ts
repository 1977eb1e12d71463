import { describe, expect, it } from "vitest";

import { percentile } from "./stats";
import { formatTable, ratio } from "./table";

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([], 0.5)).toBe(0);
    expect(percentile([7], 0.99)).toBe(7);
  });
});

describe("formatTable", () => {
  it("aligns columns and prints the ratio to the baseline", () => {
    const table = formatTable([
      {
        scenario: "user-get",
        concurrency: 10,
        unit: "req",
        api: { unitsPerSecond: 500, p50: 10, p95: 20.25, p99: 30, errors: 0, peakRssMb: 180 },
        baseline: { unitsPerSecond: 1000, p50: 5, p95: 8, p99: 9, errors: 0 },
      },
      {
        scenario: "learning-events",
        concurrency: 1,
        unit: "events",
        api: { unitsPerSecond: 6000, p50: 80, p95: 90, p99: 95, errors: 2, peakRssMb: 200 },
        baseline: { unitsPerSecond: 0, p50: 0, p95: 0, p99: 0, errors: 0 },
      },
    ]);
    const [header, rule, first, second] = table.split("\n");
    expect(header).toMatch(/^scenario\s+conc\s+api\/s/);
    expect(rule).toMatch(/^-+ +-+/);
    expect(first).toMatch(
      /^user-get\s+10\s+500\s+10\.0\s+20\.3\s+30\.0\s+1000\s+8\.0\s+0\.50\s+180$/,
    );
    expect(second).toContain("6000 events");
    expect(second).toMatch(/ - +200 +2\/0$/);
  });

  it("has no ratio without a baseline figure", () => {
    expect(ratio(10, 0)).toBeNull();
    expect(ratio(10, 20)).toBe(0.5);
  });
});
