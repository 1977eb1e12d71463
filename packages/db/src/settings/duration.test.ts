import { describe, expect, it } from "vitest";

import { parseDuration } from "./duration";

describe("parseDuration", () => {
  it.each([
    ["1h", 3_600_000],
    ["7d", 604_800_000],
    ["2d", 172_800_000],
    ["30m", 1_800_000],
    ["45s", 45_000],
    ["250ms", 250],
    ["1w", 604_800_000],
    ["1h30m", 5_400_000],
    [" 7d ", 604_800_000],
  ])("reads %s", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(["", "seven", "7", "d7", "7 d", "-1h", "1.5h", "7days", "1y"])("refuses %j", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});
