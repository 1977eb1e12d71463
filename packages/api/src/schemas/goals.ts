import { GoalStatus, GoalType, Priority } from "@ums/db/enums";
import { z } from "zod";

import { calendarDate, text, uuid } from "./fields";
import { goalRecord } from "./records";

/** Goal types whose progress the user reports by hand (`goals.updateProgress`). */
export const manualProgressGoalTypes = [
  "SKILL_DEVELOPMENT",
  "CUSTOM",
] as const satisfies GoalType[];

/** Goal types that advance automatically from learning events; their progress is never set by hand. */
export const automaticProgressGoalTypes = [
  "LEARNING_TIME",
  "COURSE_COMPLETION",
  "ASSESSMENT_SCORE",
  "CERTIFICATION",
] as const satisfies GoalType[];

/** Goal types whose target_value may be left out: only a CUSTOM goal can be open-ended. */
export const goalTypesWithOptionalTarget = ["CUSTOM"] as const satisfies GoalType[];

export const isManualProgressGoalType = (type: GoalType): boolean =>
  (manualProgressGoalTypes as readonly GoalType[]).includes(type);

export const targetValueRequired = (type: GoalType): boolean =>
  !(goalTypesWithOptionalTarget as readonly GoalType[]).includes(type);

/** Why `target_date` cannot go with `start_date` (both YYYY-MM-DD), or undefined when it can. */
export const targetDateProblem = (startDate: string, targetDate: string): string | undefined =>
  targetDate < startDate ? "must not be before start_date" : undefined;

const goalTitle = text(200).min(1, "must not be empty");
const goalDescription = text(5000);
const goalUnit = text(50).min(1, "must not be empty");
const largestValue = 1_000_000_000;

export const goalTargetValue = z
  .number({ error: "must be a number" })
  .gt(0, "must be greater than 0")
  .max(largestValue, `must be at most ${largestValue}`);

export const goalCurrentValue = z
  .number({ error: "must be a number" })
  .min(0, "must not be negative")
  .max(largestValue, `must be at most ${largestValue}`);

export const goalType = z.enum(GoalType, {
  error: `must be one of ${Object.values(GoalType).join(", ")}`,
});
export const goalStatus = z.enum(GoalStatus, {
  error: `must be one of ${Object.values(GoalStatus).join(", ")}`,
});
export const goalPriority = z.enum(Priority, {
  error: `must be one of ${Object.values(Priority).join(", ")}`,
});

/**
 * A new goal of the caller. target_value (> 0) is required except for CUSTOM goals; dates are
 * YYYY-MM-DD and target_date is not before start_date. Progress starts at 0.
 */
export const createGoalInput = z
  .strictObject({
    title: goalTitle,
    description: goalDescription.nullable().optional(),
    goal_type: goalType,
    target_value: goalTargetValue.nullable().optional(),
    unit: goalUnit.nullable().optional(),
    start_date: calendarDate,
    target_date: calendarDate,
    priority: goalPriority.default("MEDIUM"),
  })
  .superRefine((goal, ctx) => {
    if (targetValueRequired(goal.goal_type) && (goal.target_value ?? null) === null) {
      ctx.addIssue({
        code: "custom",
        path: ["target_value"],
        message: `is required for ${goal.goal_type} goals`,
      });
    }
    const dateProblem = targetDateProblem(goal.start_date, goal.target_date);
    if (dateProblem !== undefined) {
      ctx.addIssue({ code: "custom", path: ["target_date"], message: dateProblem });
    }
  });

/**
 * Changes one of the caller's goals (not its type, which decides how it progresses). Omitted
 * fields stay; null clears description and unit, and target_value of a CUSTOM goal.
 */
export const updateGoalInput = z
  .strictObject({
    goal_id: uuid,
    title: goalTitle.optional(),
    description: goalDescription.nullable().optional(),
    target_value: goalTargetValue.nullable().optional(),
    unit: goalUnit.nullable().optional(),
    start_date: calendarDate.optional(),
    target_date: calendarDate.optional(),
    priority: goalPriority.optional(),
  })
  .superRefine((goal, ctx) => {
    // With one date only, the service checks it against the stored other one.
    if (goal.start_date === undefined || goal.target_date === undefined) return;
    const dateProblem = targetDateProblem(goal.start_date, goal.target_date);
    if (dateProblem !== undefined) {
      ctx.addIssue({ code: "custom", path: ["target_date"], message: dateProblem });
    }
  });

/** Progress reported by hand, for SKILL_DEVELOPMENT and CUSTOM goals only. */
export const updateGoalProgressInput = z.strictObject({
  goal_id: uuid,
  current_value: goalCurrentValue,
});

export const goalIdInput = z.strictObject({ goal_id: uuid });

export const listOwnGoalsInput = z.strictObject({ status: goalStatus.optional() });

export const userGoalsInput = z.strictObject({ user_id: uuid, status: goalStatus.optional() });

export type CreateGoalInput = z.infer<typeof createGoalInput>;
export type UpdateGoalInput = z.infer<typeof updateGoalInput>;
export type UpdateGoalProgressInput = z.infer<typeof updateGoalProgressInput>;

// RESPONSES -------------------------------------------------------------------------------------

/**
 * A person's goals in list order: by status (ACTIVE, PAUSED, COMPLETED, CANCELLED), then priority
 * (URGENT first), then target date (soonest first).
 */
export const goalList = z.array(goalRecord);
