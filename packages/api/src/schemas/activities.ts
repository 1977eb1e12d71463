import { ActivityType } from "@ums/db/enums";
import { z } from "zod";

import { pageLimit, str, uuid } from "./fields";
import { activityRecord, userRecord } from "./records";

const activityTypeCount = Object.keys(ActivityType).length;

const activityType = z.enum(ActivityType, { error: "must be an activity type" });

/** One activity type, or several (any of them matches); always a list once parsed. */
const activityTypes = z
  .union([activityType, z.array(activityType).min(1).max(activityTypeCount)], {
    error: "must be an activity type or a non-empty list of them",
  })
  .transform((value) => [...new Set(Array.isArray(value) ? value : [value])]);

const isoDateTime = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" });

/** Filters and paging shared by one's own activity and an organization's. */
const activityPageFields = {
  activity_type: activityTypes.optional(),
  /** inclusive bounds on created_at */
  created_from: isoDateTime.optional(),
  created_to: isoDateTime.optional(),
  limit: pageLimit(),
  /** next_cursor of the previous page, as it came */
  cursor: str().max(500, "must be at most 500 characters").optional(),
};

const fromNotAfterTo = {
  check: (input: { created_from?: string | undefined; created_to?: string | undefined }) =>
    !input.created_from ||
    !input.created_to ||
    Date.parse(input.created_from) <= Date.parse(input.created_to),
  params: { error: "must not be after created_to", path: ["created_from"] },
};

/** `GET /me/activities`: the caller's own activity log, newest first. */
export const listOwnActivitiesInput = z
  .strictObject(activityPageFields)
  .refine(fromNotAfterTo.check, fromNotAfterTo.params);

/** `GET /activities`: an organization's activity log, newest first (admins and services). */
export const listActivitiesInput = z
  .strictObject({
    ...activityPageFields,
    /** super admins and platform API keys only; others see their own organization */
    organization_id: uuid.optional(),
    /** whose timeline */
    user_id: uuid.optional(),
    /** who did it to them: entries a user made about themself have no actor */
    actor_id: uuid.optional(),
  })
  .refine(fromNotAfterTo.check, fromNotAfterTo.params);

export type ListOwnActivitiesInput = z.infer<typeof listOwnActivitiesInput>;
export type ListActivitiesInput = z.infer<typeof listActivitiesInput>;

// RESPONSES -------------------------------------------------------------------------------------

/** Who an entry is about, or who did it: enough to name them in a timeline. */
export const activityPerson = userRecord
  .pick({ id: true, first_name: true, last_name: true, email: true })
  .meta({ id: "ActivityPerson" });

export const activityListItem = activityRecord
  .extend({
    user: activityPerson.meta({ description: "whom the entry is about" }),
    actor: activityPerson
      .nullable()
      .meta({ description: "who did it; null when the user did (or the system)" }),
  })
  .meta({ id: "ActivityListItem" });

/** A page of an activity log, newest first. */
export const activityPage = z
  .object({
    items: z.array(activityListItem),
    next_cursor: z
      .string()
      .nullable()
      .meta({ description: "pass as `cursor` for the next page; null on the last page" }),
  })
  .meta({ id: "ActivityPage" });
