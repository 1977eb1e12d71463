import { describe, expect, it } from "vitest";

import { formatMinutes } from "./format-duration";

describe("formatMinutes", () => {
  it.each([
    [0, "0 min"],
    [45, "45 min"],
    [60, "1 h"],
    [200, "3 h 20 min"],
    [1440, "24 h"],
  ])("%i minutes read as %s", (minutes, words) => {
    expect(formatMinutes(minutes)).toBe(words);
  });
});
