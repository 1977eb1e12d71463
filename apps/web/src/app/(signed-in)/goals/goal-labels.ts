import { isManualProgressGoalType } from "@ums/api/schemas/goals";
import type { goalRecord } from "@ums/api/schemas/records";
import type { BadgeTone, SelectOption } from "@ums/ui";
import type { z } from "zod";

/** A goal as the API returns it (dates as strings). */
export type Goal = z.output<typeof goalRecord>;
export type GoalStatus = Goal["status"];
export type GoalType = Goal["goal_type"];
export type GoalPriority = Goal["priority"];

/** The filters, in the order the page lists them ("All" is no status). */
export const goalStatuses = [
  "ACTIVE",
  "PAUSED",
  "COMPLETED",
  "CANCELLED",
] as const satisfies readonly GoalStatus[];

export const statusLabels: Record<GoalStatus, string> = {
  ACTIVE: "Active",
  PAUSED: "Paused",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
};

export const statusTones: Record<GoalStatus, BadgeTone> = {
  ACTIVE: "info",
  PAUSED: "warning",
  COMPLETED: "success",
  CANCELLED: "neutral",
};

export const typeLabels: Record<GoalType, string> = {
  LEARNING_TIME: "Learning time",
  COURSE_COMPLETION: "Course completion",
  SKILL_DEVELOPMENT: "Skill development",
  CERTIFICATION: "Certification",
  ASSESSMENT_SCORE: "Assessment score",
  CUSTOM: "Custom",
};

/** What each type measures, as the form explains it. */
export const typeHints: Record<GoalType, string> = {
  LEARNING_TIME: "Tracked automatically: minutes learned (or hours, with the unit “hours”).",
  COURSE_COMPLETION: "Tracked automatically: courses completed.",
  SKILL_DEVELOPMENT: "You report your progress yourself.",
  CERTIFICATION: "Tracked automatically: certificates earned.",
  ASSESSMENT_SCORE: "Tracked automatically: your best assessment score.",
  CUSTOM: "You report your progress yourself; the target is optional.",
};

export const priorityLabels: Record<GoalPriority, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  URGENT: "Urgent",
};

export const typeOptions: SelectOption[] = Object.entries(typeLabels).map(([value, label]) => ({
  value,
  label,
}));

export const priorityOptions: SelectOption[] = Object.entries(priorityLabels).map(
  ([value, label]) => ({ value, label }),
);

/** Whether the owner reports this goal's progress (the others follow learning events). */
export const isManual = (goal: Goal): boolean => isManualProgressGoalType(goal.goal_type);

/** Whether the goal can still change: only ACTIVE and PAUSED ones can. */
export const isOpen = (goal: Goal): boolean => goal.status === "ACTIVE" || goal.status === "PAUSED";

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** "45 of 120 minutes"; "45 minutes so far" without a target. */
export function progressText(goal: Goal): string {
  const unit = goal.unit ? ` ${goal.unit}` : "";
  const current = numberFormat.format(goal.current_value);
  return goal.target_value === null
    ? `${current}${unit} so far`
    : `${current} of ${numberFormat.format(goal.target_value)}${unit}`;
}

/** "31 Dec 2026" from "2026-12-31". */
export function dayOf(date: string): string {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
