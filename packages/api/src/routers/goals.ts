import type { TRPCRouterRecord } from "@trpc/server";

import {
  createGoalInput,
  goalIdInput,
  goalList,
  listOwnGoalsInput,
  updateGoalInput,
  updateGoalProgressInput,
  userGoalsInput,
} from "../schemas/goals";
import { goalRecord } from "../schemas/records";
import { completeGoal, updateGoalProgress } from "../services/goals/goal-manual-progress";
import { cancelGoal, pauseGoal, resumeGoal } from "../services/goals/goal-status";
import { listOwnGoals, listUserGoals } from "../services/goals/list-goals";
import { createGoal, deleteGoal, updateGoal } from "../services/goals/own-goals";
import { adminProcedure, userProcedure } from "../trpc";

const tags: ["Goals"] = ["Goals"];

const listOrder =
  "In list order: by status (ACTIVE, PAUSED, COMPLETED, CANCELLED), then priority (URGENT first), then target date (soonest first).";

/** Goals: people keep their own; admins of their organization (and services) read them. */
export const goalsRouter = {
  mine: userProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/users/profile/goals",
        tags,
        summary: "List the caller's goals",
        description: `Optionally only those of one \`status\`. ${listOrder}`,
      },
    })
    .input(listOwnGoalsInput)
    .output(goalList)
    .query(({ ctx, input }) => listOwnGoals(ctx, input)),
  create: userProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/users/profile/goals",
        tags,
        summary: "Create a goal for the caller",
        description:
          "The goal starts ACTIVE with no progress. `target_value` is required except for CUSTOM goals; `target_date` must not be before `start_date`. LEARNING_TIME, COURSE_COMPLETION, ASSESSMENT_SCORE and CERTIFICATION goals advance from learning events, and one whose dates reach into the past counts the events already recorded.",
        successStatus: 201,
      },
    })
    .input(createGoalInput)
    .output(goalRecord)
    .mutation(({ ctx, input }) => createGoal(ctx, input)),
  update: userProcedure
    .meta({
      rest: {
        method: "PUT",
        path: "/users/profile/goals/{goal_id}",
        tags,
        summary: "Update one of the caller's goals",
        description:
          "Only an ACTIVE or PAUSED goal (409 otherwise); its type never changes. Omitted fields stay as they are; null clears description and unit, and the target of a CUSTOM goal only. A date sent alone is checked against the stored other one. A new target recomputes the progress, and completes an ACTIVE goal that already reaches it. Another person's goal is 404.",
      },
    })
    .input(updateGoalInput)
    .output(goalRecord)
    .mutation(({ ctx, input }) => updateGoal(ctx, input)),
  updateProgress: userProcedure
    .meta({
      rest: {
        method: "PUT",
        path: "/users/profile/goals/{goal_id}/progress",
        tags,
        summary: "Report the current value of one of the caller's goals",
        description:
          "SKILL_DEVELOPMENT and CUSTOM goals only; the other types advance from learning events (409 on `current_value`). The value may go down (a correction). Reaching the target completes an ACTIVE goal; a PAUSED goal records the value and stays paused. A COMPLETED or CANCELLED goal is 409.",
      },
    })
    .input(updateGoalProgressInput)
    .output(goalRecord)
    .mutation(({ ctx, input }) => updateGoalProgress(ctx, input)),
  pause: userProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/users/profile/goals/{goal_id}/pause",
        tags,
        summary: "Pause one of the caller's active goals",
        description:
          "ACTIVE → PAUSED; any other status is 409. A paused goal does not advance from learning events until it resumes.",
      },
    })
    .input(goalIdInput)
    .output(goalRecord)
    .mutation(({ ctx, input }) => pauseGoal(ctx, input.goal_id)),
  resume: userProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/users/profile/goals/{goal_id}/resume",
        tags,
        summary: "Resume one of the caller's paused goals",
        description:
          "PAUSED → ACTIVE; any other status is 409. The goal catches up with the learning events recorded while it was paused, and one whose value already reaches its target is completed at once.",
      },
    })
    .input(goalIdInput)
    .output(goalRecord)
    .mutation(({ ctx, input }) => resumeGoal(ctx, input.goal_id)),
  /** a SKILL_DEVELOPMENT or CUSTOM goal declared done by its owner */
  complete: userProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/users/profile/goals/{goal_id}/complete",
        tags,
        summary: "Declare one of the caller's goals done",
        description:
          "SKILL_DEVELOPMENT and CUSTOM goals only (the other types complete by reaching their target: 409), and only an ACTIVE or PAUSED one (409 otherwise). The goal becomes COMPLETED with its progress shown as 100 %.",
      },
    })
    .input(goalIdInput)
    .output(goalRecord)
    .mutation(({ ctx, input }) => completeGoal(ctx, input.goal_id)),
  cancel: userProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/users/profile/goals/{goal_id}/cancel",
        tags,
        summary: "Cancel one of the caller's goals",
        description:
          "ACTIVE or PAUSED → CANCELLED, for good: a cancelled goal can only be deleted. Any other status is 409.",
      },
    })
    .input(goalIdInput)
    .output(goalRecord)
    .mutation(({ ctx, input }) => cancelGoal(ctx, input.goal_id)),
  delete: userProcedure
    .meta({
      rest: {
        method: "DELETE",
        path: "/users/profile/goals/{goal_id}",
        tags,
        summary: "Delete one of the caller's goals",
        description:
          "Whatever its status; returns the goal as it was. Another person's goal is 404.",
      },
    })
    .input(goalIdInput)
    .output(goalRecord)
    .mutation(({ ctx, input }) => deleteGoal(ctx, input.goal_id)),
  ofUser: adminProcedure("users:read")
    .meta({
      rest: {
        method: "GET",
        path: "/users/{user_id}/goals",
        tags,
        summary: "List a person's goals",
        description: `For admins of the person's organization (super admins: any) and API keys with \`users:read\`; a user of another organization is 404. Optionally only those of one \`status\`. ${listOrder}`,
      },
    })
    .input(userGoalsInput)
    .output(goalList)
    .query(({ ctx, input }) => listUserGoals(ctx, input)),
} satisfies TRPCRouterRecord;
