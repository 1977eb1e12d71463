import type { TRPCRouterRecord } from "@trpc/server";

import {
  createGoalInput,
  goalIdInput,
  listOwnGoalsInput,
  updateGoalInput,
  updateGoalProgressInput,
  userGoalsInput,
} from "../schemas/goals";
import { completeGoal, updateGoalProgress } from "../services/goals/goal-manual-progress";
import { cancelGoal, pauseGoal, resumeGoal } from "../services/goals/goal-status";
import { listOwnGoals, listUserGoals } from "../services/goals/list-goals";
import { createGoal, deleteGoal, updateGoal } from "../services/goals/own-goals";
import { adminProcedure, userProcedure } from "../trpc";

/** Goals: people keep their own; admins of their organization (and services) read them. */
export const goalsRouter = {
  mine: userProcedure.input(listOwnGoalsInput).query(({ ctx, input }) => listOwnGoals(ctx, input)),
  create: userProcedure.input(createGoalInput).mutation(({ ctx, input }) => createGoal(ctx, input)),
  update: userProcedure.input(updateGoalInput).mutation(({ ctx, input }) => updateGoal(ctx, input)),
  updateProgress: userProcedure
    .input(updateGoalProgressInput)
    .mutation(({ ctx, input }) => updateGoalProgress(ctx, input)),
  pause: userProcedure
    .input(goalIdInput)
    .mutation(({ ctx, input }) => pauseGoal(ctx, input.goal_id)),
  resume: userProcedure
    .input(goalIdInput)
    .mutation(({ ctx, input }) => resumeGoal(ctx, input.goal_id)),
  /** a SKILL_DEVELOPMENT or CUSTOM goal declared done by its owner */
  complete: userProcedure
    .input(goalIdInput)
    .mutation(({ ctx, input }) => completeGoal(ctx, input.goal_id)),
  cancel: userProcedure
    .input(goalIdInput)
    .mutation(({ ctx, input }) => cancelGoal(ctx, input.goal_id)),
  delete: userProcedure
    .input(goalIdInput)
    .mutation(({ ctx, input }) => deleteGoal(ctx, input.goal_id)),
  ofUser: adminProcedure("users:read")
    .input(userGoalsInput)
    .query(({ ctx, input }) => listUserGoals(ctx, input)),
} satisfies TRPCRouterRecord;
