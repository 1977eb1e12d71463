import { describe, expect, it } from "vitest";

import { applyGoalProgress, progressPercentage, reachesTarget } from "./goal-progress";

const now = new Date("2026-03-29T01:30:00.000Z");
const earlier = new Date("2026-01-02T10:00:00.000Z");

const goal = (overrides: Partial<Parameters<typeof applyGoalProgress>[0]> = {}) => ({
  status: "ACTIVE" as const,
  target_value: 10,
  current_value: 0,
  completed_at: null,
  ...overrides,
});

describe("progressPercentage", () => {
  it.each([
    [10, 0, 0],
    [10, 2.5, 25],
    [3, 1, 33.3],
    [3, 2, 66.7],
    [8, 1, 12.5],
    [1000, 1, 0.1],
    [1000, 0.4, 0],
    [10, 10, 100],
    [10, 25, 100],
    [0.3, 0.1 + 0.2, 100],
  ])("target %d, current %d → %d", (target, current, expected) => {
    expect(progressPercentage(target, current)).toBe(expected);
  });

  it("shows 100 only once the target is reached, never by rounding up", () => {
    expect(progressPercentage(10_000, 9_999.6)).toBe(99.9);
    expect(progressPercentage(10_000, 9_994)).toBe(99.9);
    expect(progressPercentage(10_000, 9_990)).toBe(99.9);
    expect(progressPercentage(10_000, 9_980)).toBe(99.8);
  });

  it("is 0 without a target", () => {
    expect(progressPercentage(null, 0)).toBe(0);
    expect(progressPercentage(null, 500)).toBe(0);
    expect(progressPercentage(0, 5)).toBe(0);
  });
});

describe("reachesTarget", () => {
  it("needs a positive target and a value at least as large", () => {
    expect(reachesTarget(10, 10)).toBe(true);
    expect(reachesTarget(10, 9.99)).toBe(false);
    expect(reachesTarget(null, 1e9)).toBe(false);
    expect(reachesTarget(0, 0)).toBe(false);
  });
});

describe("applyGoalProgress", () => {
  it("records the value, the percentage and when, and keeps an ACTIVE goal active below the target", () => {
    expect(applyGoalProgress(goal({ current_value: 2 }), 4, now)).toEqual({
      current_value: 4,
      progress_percentage: 40,
      status: "ACTIVE",
      completed_at: null,
      last_progress_update: now,
    });
  });

  it("completes an ACTIVE goal that reaches or passes its target, at `now`", () => {
    for (const value of [10, 12.5]) {
      expect(applyGoalProgress(goal({ current_value: 9 }), value, now)).toEqual({
        current_value: value,
        progress_percentage: 100,
        status: "COMPLETED",
        completed_at: now,
        last_progress_update: now,
      });
    }
  });

  it("keeps a COMPLETED goal completed (and its completion time), even when the value drops", () => {
    const completed = goal({ status: "COMPLETED", current_value: 10, completed_at: earlier });
    expect(applyGoalProgress(completed, 4, now)).toEqual({
      current_value: 4,
      progress_percentage: 40,
      status: "COMPLETED",
      completed_at: earlier,
      last_progress_update: now,
    });
    expect(applyGoalProgress(completed, 20, now)).toMatchObject({
      status: "COMPLETED",
      completed_at: earlier,
    });
  });

  it.each(["PAUSED", "CANCELLED"] as const)(
    "keeps a %s goal's status even when the value reaches the target",
    (status) => {
      expect(applyGoalProgress(goal({ status }), 15, now)).toEqual({
        current_value: 15,
        progress_percentage: 100,
        status,
        completed_at: null,
        last_progress_update: now,
      });
    },
  );

  it("never completes a goal without a target", () => {
    expect(applyGoalProgress(goal({ target_value: null }), 1_000, now)).toEqual({
      current_value: 1_000,
      progress_percentage: 0,
      status: "ACTIVE",
      completed_at: null,
      last_progress_update: now,
    });
  });

  it("takes 0 (a reset) but refuses a negative or non-finite value", () => {
    expect(applyGoalProgress(goal({ current_value: 5 }), 0, now)).toMatchObject({
      current_value: 0,
      progress_percentage: 0,
      status: "ACTIVE",
    });
    for (const value of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => applyGoalProgress(goal(), value, now)).toThrow(RangeError);
    }
  });

  it("reads nothing but its arguments and changes none of them", () => {
    const input = goal({ current_value: 3 });
    const copy = structuredClone(input);
    const first = applyGoalProgress(input, 10, now);
    expect(input).toEqual(copy);
    expect(applyGoalProgress(input, 10, now)).toEqual(first);
  });
});
