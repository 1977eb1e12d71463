import type { GoalStatus } from "@ums/db";

/** The part of a goal its progress depends on. */
export interface GoalProgressState {
  status: GoalStatus;
  target_value: number | null;
  current_value: number;
  completed_at: Date | null;
}

/** The columns a progress change writes (a Prisma `data` object as it is). */
export interface GoalProgressUpdate {
  current_value: number;
  progress_percentage: number;
  status: GoalStatus;
  completed_at: Date | null;
  last_progress_update: Date;
}

/** Whether `currentValue` reaches the goal's target (a goal without a target is never reached). */
export function reachesTarget(targetValue: number | null, currentValue: number): boolean {
  return targetValue !== null && targetValue > 0 && currentValue >= targetValue;
}

/**
 * current / target × 100, rounded to one decimal and capped at 100; 0 without a target. A goal
 * shows 100 only once the target is reached: 99.96 % is 99.9, not a rounded-up 100.
 */
export function progressPercentage(targetValue: number | null, currentValue: number): number {
  if (targetValue === null || targetValue <= 0) return 0;
  if (currentValue >= targetValue) return 100;
  const rounded = Math.round((currentValue / targetValue) * 1000) / 10;
  return Math.min(rounded, 99.9);
}

/**
 * The goal after its current value becomes `currentValue` at `now`, whoever reports it (the user
 * by hand, or the automatic progress from learning events). Pure: it reads nothing and writes
 * nothing.
 * - progress_percentage follows `progressPercentage`;
 * - reaching the target completes an ACTIVE goal (status COMPLETED, completed_at = now);
 * - a PAUSED, CANCELLED or COMPLETED goal keeps its status and completed_at (a completed goal stays
 *   completed even if the value later drops below the target).
 */
export function applyGoalProgress(
  goal: GoalProgressState,
  currentValue: number,
  now: Date,
): GoalProgressUpdate {
  if (!Number.isFinite(currentValue) || currentValue < 0) {
    throw new RangeError(`A goal's current value must be a finite number ≥ 0, not ${currentValue}`);
  }
  const completes = goal.status === "ACTIVE" && reachesTarget(goal.target_value, currentValue);
  return {
    current_value: currentValue,
    progress_percentage: progressPercentage(goal.target_value, currentValue),
    status: completes ? "COMPLETED" : goal.status,
    completed_at: completes ? now : goal.completed_at,
    last_progress_update: now,
  };
}
