import { describe, expect, it } from "vitest";

import { absoluteTime, relativeTime } from "./moments";

const now = "2026-03-10T12:00:00.000Z";
const after = (seconds: number) => new Date(Date.parse(now) + seconds * 1000).toISOString();

describe("relativeTime", () => {
  it.each([
    [6 * 86_400, "in 6 days"],
    [-3 * 3_600, "3 hours ago"],
    [86_400, "tomorrow"],
    [-86_400, "yesterday"],
    [14 * 86_400, "in 2 weeks"],
    [-100 * 60, "1 hour ago"],
    [-5 * 60, "5 minutes ago"],
    [20, "just now"],
    [-400 * 86_400, "last year"],
  ])("%i seconds away reads %s", (seconds, words) => {
    expect(relativeTime(after(seconds), now)).toBe(words);
  });
});

describe("absoluteTime", () => {
  it("names the moment and its zone, in UTC unless told otherwise", () => {
    expect(absoluteTime("2026-11-27T09:30:00Z")).toBe("27 Nov 2026, 09:30 UTC");
    expect(absoluteTime("2026-11-27T09:30:00Z", "Asia/Tokyo")).toBe("27 Nov 2026, 18:30 GMT+9");
  });
});
