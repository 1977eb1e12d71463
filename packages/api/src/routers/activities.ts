import type { TRPCRouterRecord } from "@trpc/server";

import { activityPage, listActivitiesInput, listOwnActivitiesInput } from "../schemas/activities";
import { listActivities, listOwnActivities } from "../services/activity/list-activities";
import { adminProcedure, userProcedure } from "../trpc";

const tags: ["Activity"] = ["Activity"];

/** The activity log: one's own timeline, and (admins, services by scope) the organization's. */
export const activitiesRouter = {
  mine: userProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/users/profile/activities",
        tags,
        summary: "List the caller's own activity",
        description:
          "Signed-in users only (not API keys); newest first. `activity_type` takes one type or several (any of them matches); `created_from` and `created_to` are inclusive. Pages are cursor-based: pass `next_cursor` back as `cursor`.",
        paginated: true,
      },
    })
    .input(listOwnActivitiesInput)
    .output(activityPage)
    .query(({ ctx, input }) => listOwnActivities(ctx, input)),
  list: adminProcedure("activities:read")
    .meta({
      rest: {
        method: "GET",
        path: "/activities",
        tags,
        summary: "List an organization's activity",
        description:
          "Org admins and keys with `activities:read` see their organization's users (another `organization_id` is 404); super admins and platform-wide keys see every organization's, or one's with `organization_id`. Newest first; filters combine with AND, and a `user_id` or `actor_id` outside the caller's scope simply matches nothing. Pages are cursor-based: pass `next_cursor` back as `cursor`.",
        paginated: true,
      },
    })
    .input(listActivitiesInput)
    .output(activityPage)
    .query(({ ctx, input }) => listActivities(ctx, input)),
} satisfies TRPCRouterRecord;
