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

/** The longest range of days one learning-history request may cover. */
export const maxHistoryDays = 366;
/** The most weeks `weeks` may ask for (a year and a bit). */
export const maxHistoryWeeks = 53;
/** What a learning-history request without a range covers. */
export const defaultHistoryWeeks = 12;

/**
 * Which days of a user's learning history, in the user's own time zone: either `from` and `to`
 * (both included), or `weeks` (this week, from Monday, and the weeks before it, up to today).
 */
const historyRangeFields = {
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  weeks: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(maxHistoryWeeks, `must be at most ${maxHistoryWeeks}`)
    .optional(),
};

/** The rules between the range's fields, for both inputs that take them. */
const historyRangeChecks = <T extends z.ZodType<z.output<z.ZodObject<typeof historyRangeFields>>>>(
  schema: T,
) =>
  schema
    .refine((input) => input.weeks === undefined || (input.from ?? input.to) === undefined, {
      error: "give either `weeks` or `from` and `to`, not both",
      path: ["weeks"],
    })
    .refine((input) => (input.from === undefined) === (input.to === undefined), {
      error: "`from` and `to` go together: give both or neither",
      path: ["to"],
    })
    .refine((input) => !input.from || !input.to || input.from <= input.to, {
      error: "must not be after `to`",
      path: ["from"],
    })
    .refine(
      (input) =>
        !input.from ||
        !input.to ||
        Date.parse(input.to) - Date.parse(input.from) < maxHistoryDays * 86_400_000,
      { error: `the range must be at most ${maxHistoryDays} days`, path: ["to"] },
    );

/** `GET /users/profile/stats/history`: the caller's own learning history. */
export const ownLearningHistoryInput = historyRangeChecks(z.strictObject(historyRangeFields));

/** `GET /users/{user_id}/stats/history`: a user's learning history (admins, services). */
export const userLearningHistoryInput = historyRangeChecks(
  z.strictObject({ user_id: uuid, ...historyRangeFields }),
);

export type LearningHistoryRange = z.infer<typeof ownLearningHistoryInput>;

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

/** One period (a day or a week) of a user's learning, from the ledger. */
const learningPeriodFields = {
  learning_time: minutes,
  courses_completed: z.int(),
  lessons_completed: z.int(),
  assessments_taken: z.int(),
  assessments_passed: z.int(),
  average_score: averageScore,
};

/** A day's, a week's or a whole range's learning. */
export const learningPeriod = z.object(learningPeriodFields).meta({ id: "LearningPeriod" });

export type LearningPeriod = z.infer<typeof learningPeriod>;

export const learningHistoryDay = z
  .object({ date: z.iso.date().meta({ example: "2026-11-27" }), ...learningPeriodFields })
  .meta({ id: "LearningHistoryDay" });

export const learningHistoryWeek = z
  .object({
    week_start: z.iso
      .date()
      .meta({ description: "the Monday the week begins on", example: "2026-11-23" }),
    ...learningPeriodFields,
  })
  .meta({ id: "LearningHistoryWeek" });

/** `GET /users/profile/stats/history` and `GET /users/{user_id}/stats/history`. */
export const learningHistory = z
  .object({
    user_id: z.uuid(),
    time_zone: z
      .string()
      .meta({ description: "the user's time zone, in which days begin", example: "Europe/Lisbon" }),
    from: z.iso.date().meta({ example: "2026-09-07" }),
    to: z.iso.date().meta({ example: "2026-11-27" }),
    total: learningPeriod.meta({ description: "the whole range" }),
    days: z
      .array(learningHistoryDay)
      .meta({ description: "every day of the range, oldest first (days without events are 0)" }),
    weeks: z.array(learningHistoryWeek).meta({
      description:
        "every week (Monday to Sunday) that overlaps the range, oldest first; only the range's days count",
    }),
  })
  .meta({ id: "LearningHistory" });
