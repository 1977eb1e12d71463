import { describe, expect, it } from "vitest";

import { everyDay, overviewRangeOf, rangeDays } from "./overview-range";

describe("overviewRangeOf", () => {
  it("reads the known ranges and defaults to 30 days", () => {
    expect(overviewRangeOf("7d")).toBe("7d");
    expect(overviewRangeOf("12m")).toBe("12m");
    expect(overviewRangeOf(undefined)).toBe("30d");
    expect(overviewRangeOf("toString")).toBe("30d");
    expect(overviewRangeOf(["7d", "90d"])).toBe("30d");
  });
});

describe("rangeDays", () => {
  const now = new Date("2026-11-27T23:30:00Z");

  it("ends today (UTC) and counts today among the days", () => {
    expect(rangeDays("7d", now)).toEqual({ from: "2026-11-21", to: "2026-11-27" });
    expect(rangeDays("30d", now)).toEqual({ from: "2026-10-29", to: "2026-11-27" });
  });

  it("keeps 12 months within the API's 366 days", () => {
    const { from, to } = rangeDays("12m", new Date("2028-03-01T00:00:00Z"));
    // 2028 is a leap year: 365 days back from 1 March reach 3 March, not 2.
    expect(from).toBe("2027-03-03");
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBeLessThanOrEqual(366);
  });
});

describe("everyDay", () => {
  it("fills the days without figures", () => {
    const days = everyDay(
      "2026-11-25",
      "2026-11-27",
      [{ date: "2026-11-26", minutes: 40 }],
      (date) => ({ date, minutes: 0 }),
    );
    expect(days).toEqual([
      { date: "2026-11-25", minutes: 0 },
      { date: "2026-11-26", minutes: 40 },
      { date: "2026-11-27", minutes: 0 },
    ]);
  });
});
