import { z } from "zod";

import { calendarDate, uuid } from "./fields";

export const userStatsInput = z.strictObject({ user_id: uuid });

/** An organization's learning over a range of days (UTC), both ends included. */
export const organizationSummaryInput = z
  .strictObject({
    /** super admins and platform keys: any organization; others their own */
    organization_id: uuid.optional(),
    from: calendarDate,
    to: calendarDate,
  })
  .refine((input) => input.from <= input.to, { error: "must not be after `to`", path: ["from"] })
  .refine((input) => Date.parse(input.to) - Date.parse(input.from) <= 366 * 86_400_000, {
    error: "the range must be at most 366 days",
    path: ["to"],
  });

export type OrganizationSummaryInput = z.infer<typeof organizationSummaryInput>;

// RESPONSES -------------------------------------------------------------------------------------

const minutes = z.int().meta({ description: "minutes" });
const averageScore = z
  .number()
  .nullable()
  .meta({ description: "mean assessment score (0-100), to 2 decimals; null without assessments" });

/** One UTC day of an organization's learning. */
export const organizationLearningDay = z
  .object({
    date: z.iso.date().meta({ example: "2026-11-27" }),
    active_learners: z.int().meta({ description: "distinct users with any learning event" }),
    learning_time: minutes,
    courses_completed: z.int(),
    assessments_taken: z.int(),
    average_score: averageScore,
  })
  .meta({ id: "OrganizationLearningDay" });

/** `GET /stats/organization-summary`: totals over the range, and the same per day. */
export const organizationLearningSummary = z
  .object({
    organization_id: z.uuid(),
    from: z.iso.date().meta({ example: "2026-11-01" }),
    to: z.iso.date().meta({ example: "2026-11-30" }),
    active_learners: z
      .int()
      .meta({ description: "distinct users with any learning event in the range" }),
    total_learning_time: minutes,
    courses_completed: z.int(),
    assessments_taken: z.int(),
    average_score: averageScore,
    days: z
      .array(organizationLearningDay)
      .meta({ description: "the days of the range that have events, oldest first" }),
  })
  .meta({ id: "OrganizationLearningSummary" });
