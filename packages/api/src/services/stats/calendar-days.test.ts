import { describe, expect, it } from "vitest";

import { addDays, daysBetween, mondayOf, weeksBetween } from "./calendar-days";

describe("calendar days", () => {
  it("moves across months, years and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-11-27", -29)).toBe("2026-10-29");
  });

  it("finds the Monday of a week (Sunday belongs to the week before)", () => {
    expect(mondayOf("2026-11-23")).toBe("2026-11-23");
    expect(mondayOf("2026-11-27")).toBe("2026-11-23");
    expect(mondayOf("2026-11-29")).toBe("2026-11-23");
    expect(mondayOf("2026-11-30")).toBe("2026-11-30");
  });

  it("lists every day of a range, and the weeks that overlap it", () => {
    expect(daysBetween("2026-10-30", "2026-11-02")).toEqual([
      "2026-10-30",
      "2026-10-31",
      "2026-11-01",
      "2026-11-02",
    ]);
    expect(daysBetween("2026-11-02", "2026-11-02")).toEqual(["2026-11-02"]);
    expect(weeksBetween("2026-11-01", "2026-11-16")).toEqual([
      "2026-10-26",
      "2026-11-02",
      "2026-11-09",
      "2026-11-16",
    ]);
  });
});
