import { describe, expect, it } from "vitest";

import { estimateRun, formatTimeLeft, keepSamples, rateWindowMs } from "./run-estimate";

describe("estimateRun", () => {
  it("knows nothing from one sample", () => {
    expect(estimateRun([{ at: 0, rows: 10, bytesRead: 100 }], 1000)).toEqual({
      rowsPerSecond: null,
      secondsLeft: null,
    });
  });

  it("measures rows/s and the time left from the recent byte rate", () => {
    const estimate = estimateRun(
      [
        { at: 0, rows: 0, bytesRead: 0 },
        { at: 2000, rows: 400, bytesRead: 20_000 },
        { at: 4000, rows: 1000, bytesRead: 40_000 },
      ],
      100_000,
    );
    expect(estimate).toEqual({ rowsPerSecond: 250, secondsLeft: 6 });
  });

  it("has no time left once every byte is read, and none while nothing moves", () => {
    expect(
      estimateRun(
        [
          { at: 0, rows: 0, bytesRead: 500 },
          { at: 1000, rows: 10, bytesRead: 1000 },
        ],
        1000,
      ).secondsLeft,
    ).toBeNull();
    expect(
      estimateRun(
        [
          { at: 0, rows: 5, bytesRead: 500 },
          { at: 1000, rows: 5, bytesRead: 500 },
        ],
        1000,
      ),
    ).toEqual({ rowsPerSecond: 0, secondsLeft: null });
  });
});

describe("keepSamples", () => {
  it("keeps the window of the newest sample and the one just before it", () => {
    const old = { at: 0, rows: 0, bytesRead: 0 };
    const edge = { at: 5000, rows: 1, bytesRead: 1 };
    const inside = { at: 10_000, rows: 2, bytesRead: 2 };
    const next = { at: 5000 + rateWindowMs + 1, rows: 3, bytesRead: 3 };
    expect(keepSamples([old, edge, inside], next)).toEqual([edge, inside, next]);
  });

  it("drops samples not older than the new one", () => {
    const a = { at: 1000, rows: 1, bytesRead: 1 };
    expect(keepSamples([a], { at: 1000, rows: 2, bytesRead: 2 })).toEqual([
      { at: 1000, rows: 2, bytesRead: 2 },
    ]);
  });
});

describe("formatTimeLeft", () => {
  it("rounds to minutes, and hours past the hour", () => {
    expect(formatTimeLeft(12)).toBe("less than a minute");
    expect(formatTimeLeft(61)).toBe("about 1 minute");
    expect(formatTimeLeft(250)).toBe("about 4 minutes");
    expect(formatTimeLeft(7800)).toBe("about 2 h 10 min");
    expect(formatTimeLeft(7200)).toBe("about 2 h");
  });
});
