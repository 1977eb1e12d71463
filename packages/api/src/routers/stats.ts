import type { TRPCRouterRecord } from "@trpc/server";

import { recordLearningEventsInput, recordedLearningEvents } from "../schemas/learning-events";
import { statsRecord } from "../schemas/records";
import {
  learningHistory,
  organizationLearningSummary,
  organizationSummaryInput,
  ownLearningHistoryInput,
  userLearningHistoryInput,
  userStatsInput,
} from "../schemas/stats";
import { getOwnLearningHistory, getUserLearningHistory } from "../services/stats/learning-history";
import { getOwnStats, getUserStats } from "../services/stats/read-stats";
import { organizationSummary } from "../services/stats/organization-summary";
import { recordLearningEvents } from "../services/stats/record-learning-events";
import { adminProcedure, apiKeyProcedure, userProcedure } from "../trpc";

const tags: ["Learning statistics"] = ["Learning statistics"];

/** Learning statistics: reported as events by other services, derived here, read by people. */
export const statsRouter = {
  record: apiKeyProcedure("stats:write")
    .meta({
      rest: {
        method: "POST",
        path: "/learning-events",
        tags,
        summary: "Report a batch of learning events",
        description:
          "Only API keys with `stats:write`. The batch is recorded all or nothing: every problem of every event (an unknown user or one outside the key's organization, a time more than 5 minutes ahead) is reported at once, and nothing is written. Idempotent per `event_id` for each key: an id it already sent is a duplicate and changes nothing. The users' statistics and automatic goals are brought up to date in the same transaction. A server process records a few batches at a time; the others wait their turn, and one that waits too long is answered 503 with Retry-After (safe to retry: event ids make it idempotent).",
        // Each batch holds up to 500 parsed events and a database transaction: 50 callers at
        // once raised the process's memory by ~60 MB and made them wait for pooled connections.
        maxConcurrent: 4,
      },
    })
    .input(recordLearningEventsInput)
    .output(recordedLearningEvents)
    .mutation(({ ctx, input }) => recordLearningEvents(ctx, input)),
  mine: userProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/users/profile/stats",
        tags,
        summary: "Get the caller's learning statistics",
        description:
          "Signed-in users only (not API keys). Brought up to date on read, so this week's and this month's figures never belong to a past period.",
      },
    })
    .output(statsRecord)
    .query(({ ctx }) => getOwnStats(ctx)),
  myHistory: userProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/users/profile/stats/history",
        tags,
        summary: "Get the caller's learning history, per day and per week",
        description:
          "Signed-in users only (not API keys). Learning time, courses and lessons completed, assessments and their average score for every day of a range and every week (Monday to Sunday) overlapping it, in the caller's own time zone. The range is `from` and `to` (local days, both included, at most 366 days), or `weeks` (1 to 53: this week so far and the weeks before it); without either, the last 12 weeks.",
      },
    })
    .input(ownLearningHistoryInput)
    .output(learningHistory)
    .query(({ ctx, input }) => getOwnLearningHistory(ctx, input)),
  ofUser: adminProcedure("stats:read")
    .meta({
      rest: {
        method: "GET",
        path: "/users/{user_id}/stats",
        tags,
        summary: "Get a user's learning statistics",
        description:
          "Org admins for users of their organization, super admins for anyone, API keys with `stats:read` within their scope; a user outside it is 404. Brought up to date on read.",
      },
    })
    .input(userStatsInput)
    .output(statsRecord)
    .query(({ ctx, input }) => getUserStats(ctx, input.user_id)),
  historyOfUser: adminProcedure("stats:read")
    .meta({
      rest: {
        method: "GET",
        path: "/users/{user_id}/stats/history",
        tags,
        summary: "Get a user's learning history, per day and per week",
        description:
          "The same as `GET /users/profile/stats/history`, in the user's time zone, for org admins (users of their organization), super admins (anyone) and API keys with `stats:read` within their scope; a user outside it is 404.",
      },
    })
    .input(userLearningHistoryInput)
    .output(learningHistory)
    .query(({ ctx, input }) => {
      const { user_id, ...range } = input;
      return getUserLearningHistory(ctx, user_id, range);
    }),
  organizationSummary: adminProcedure("stats:read")
    .meta({
      rest: {
        method: "GET",
        path: "/stats/organization-summary",
        tags,
        summary: "Summarise an organization's learning over a range of days",
        description:
          "Totals and per-day figures from the learning events between `from` and `to` (UTC days, both included, at most 366 days apart). Admins and keys scoped to an organization get their own (another `organization_id` is 404); super admins may name any in `organization_id`, and platform-wide keys must.",
      },
    })
    .input(organizationSummaryInput)
    .output(organizationLearningSummary)
    .query(({ ctx, input }) => organizationSummary(ctx, input)),
} satisfies TRPCRouterRecord;
