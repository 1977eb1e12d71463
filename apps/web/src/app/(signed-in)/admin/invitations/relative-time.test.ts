import { describe, expect, it } from "vitest";

import { absoluteTime, relativeTime } from "./relative-time";

const now = new Date("2026-03-10T12:00:00Z");
const after = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("relativeTime", () => {
  it.each([
    [6 * 24 * 3600, "in 6 days"],
    [-3 * 3600, "3 hours ago"],
    [24 * 3600, "tomorrow"],
    [-24 * 3600, "yesterday"],
    [14 * 24 * 3600, "in 2 weeks"],
    [-100 * 60, "2 hours ago"],
    [20, "now"],
  ])("%i seconds away reads %s", (seconds, words) => {
    expect(relativeTime(after(seconds), now)).toBe(words);
  });
});

describe("absoluteTime", () => {
  it("names the moment in UTC", () => {
    expect(absoluteTime(new Date("2026-11-27T09:30:00Z"))).toBe("Nov 27, 2026, 9:30 AM UTC");
  });
});
