import type { TRPCRouterRecord } from "@trpc/server";

import { recordLearningEventsInput } from "../schemas/learning-events";
import { organizationSummaryInput, userStatsInput } from "../schemas/stats";
import { getOwnStats, getUserStats } from "../services/stats/read-stats";
import { organizationSummary } from "../services/stats/organization-summary";
import { recordLearningEvents } from "../services/stats/record-learning-events";
import { adminProcedure, apiKeyProcedure, userProcedure } from "../trpc";

/** Learning statistics: reported as events by other services, derived here, read by people. */
export const statsRouter = {
  record: apiKeyProcedure("stats:write")
    .input(recordLearningEventsInput)
    .mutation(({ ctx, input }) => recordLearningEvents(ctx, input)),
  mine: userProcedure.query(({ ctx }) => getOwnStats(ctx)),
  ofUser: adminProcedure("stats:read")
    .input(userStatsInput)
    .query(({ ctx, input }) => getUserStats(ctx, input.user_id)),
  organizationSummary: adminProcedure("stats:read")
    .input(organizationSummaryInput)
    .query(({ ctx, input }) => organizationSummary(ctx, input)),
} satisfies TRPCRouterRecord;
