import type { TRPCRouterRecord } from "@trpc/server";

import {
  addSkillInput,
  skillIdInput,
  skillsOverviewInput,
  updateSkillInput,
  userSkillsInput,
  verifySkillInput,
} from "../schemas/skills";
import { listOwnSkills, listUserSkills } from "../services/skills/list-skills";
import { addSkill, removeSkill, updateSkill } from "../services/skills/own-skills";
import { skillsOverview } from "../services/skills/skills-overview";
import { unverifySkill, verifySkill } from "../services/skills/verify-skill";
import { adminProcedure, memberProcedure, userProcedure } from "../trpc";

/**
 * Skills: people keep their own; instructors and org admins of their organization verify them
 * (never their own) and read them; admins see the organization's overview.
 */
export const skillsRouter = {
  mine: userProcedure.query(({ ctx }) => listOwnSkills(ctx)),
  add: userProcedure.input(addSkillInput).mutation(({ ctx, input }) => addSkill(ctx, input)),
  update: userProcedure
    .input(updateSkillInput)
    .mutation(({ ctx, input }) => updateSkill(ctx, input)),
  remove: userProcedure
    .input(skillIdInput)
    .mutation(({ ctx, input }) => removeSkill(ctx, input.skill_id)),
  /** instructors, org admins (their organization) and super admins; the service checks the role */
  verify: userProcedure
    .input(verifySkillInput)
    .mutation(({ ctx, input }) => verifySkill(ctx, input)),
  /** same callers as verify */
  unverify: userProcedure
    .input(skillIdInput)
    .mutation(({ ctx, input }) => unverifySkill(ctx, input.skill_id)),
  /** instructors and admins of the user's organization, the user themself, or `users:read` keys */
  ofUser: memberProcedure("users:read")
    .input(userSkillsInput)
    .query(({ ctx, input }) => listUserSkills(ctx, input.user_id)),
  overview: adminProcedure("users:read")
    .input(skillsOverviewInput)
    .query(({ ctx, input }) => skillsOverview(ctx, input)),
} satisfies TRPCRouterRecord;
