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
