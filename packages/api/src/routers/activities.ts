import type { TRPCRouterRecord } from "@trpc/server";

import { listActivitiesInput, listOwnActivitiesInput } from "../schemas/activities";
import { listActivities, listOwnActivities } from "../services/activity/list-activities";
import { adminProcedure, userProcedure } from "../trpc";

/** The activity log: one's own timeline, and (admins, services by scope) the organization's. */
export const activitiesRouter = {
  mine: userProcedure
    .input(listOwnActivitiesInput)
    .query(({ ctx, input }) => listOwnActivities(ctx, input)),
  list: adminProcedure("activities:read")
    .input(listActivitiesInput)
    .query(({ ctx, input }) => listActivities(ctx, input)),
} satisfies TRPCRouterRecord;
