import type { TRPCRouterRecord } from "@trpc/server";

import { skillRecord } from "../schemas/records";
import {
  addSkillInput,
  organizationSkillsOverview,
  skillCategoryList,
  skillIdInput,
  skillWithOwner,
  skillsOverviewInput,
  unverifySkillInput,
  updateSkillInput,
  userSkillsInput,
  verifySkillInput,
} from "../schemas/skills";
import { listOwnSkills, listUserSkills } from "../services/skills/list-skills";
import { addSkill, removeSkill, updateSkill } from "../services/skills/own-skills";
import { requestSkillVerification } from "../services/skills/request-verification";
import { skillsOverview } from "../services/skills/skills-overview";
import { unverifySkill, verifySkill } from "../services/skills/verify-skill";
import { adminProcedure, memberProcedure, userProcedure } from "../trpc";

const tags: ["Skills"] = ["Skills"];

/**
 * Skills: people keep their own; instructors and org admins of their organization verify them
 * (never their own) and read them; admins see the organization's overview.
 */
export const skillsRouter = {
  mine: userProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/users/profile/skills",
        tags,
        summary: "List the caller's skills by category",
        description:
          "Categories and the skills in each are sorted by name, ignoring letter case and accents.",
      },
    })
    .output(skillCategoryList)
    .query(({ ctx }) => listOwnSkills(ctx)),
  add: userProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/users/profile/skills",
        tags,
        summary: "Add a skill to the caller's profile",
        description:
          "The skill starts self-assessed and unverified. Skill names are unique per person regardless of letter case: a second skill of the same name is a 409 on `skill_name`.",
        successStatus: 201,
      },
    })
    .input(addSkillInput)
    .output(skillRecord)
    .mutation(({ ctx, input }) => addSkill(ctx, input)),
  update: userProcedure
    .meta({
      rest: {
        method: "PUT",
        path: "/users/profile/skills/{skill_id}",
        tags,
        summary: "Update one of the caller's skills",
        description:
          "Omitted fields stay as they are; null clears the evidence. Changing the proficiency level or the name withdraws a verification; category and evidence changes keep it. Another person's skill is 404.",
      },
    })
    .input(updateSkillInput)
    .output(skillRecord)
    .mutation(({ ctx, input }) => updateSkill(ctx, input)),
  remove: userProcedure
    .meta({
      rest: {
        method: "DELETE",
        path: "/users/profile/skills/{skill_id}",
        tags,
        summary: "Remove one of the caller's skills",
        description: "Returns the skill as it was. Another person's skill is 404.",
      },
    })
    .input(skillIdInput)
    .output(skillRecord)
    .mutation(({ ctx, input }) => removeSkill(ctx, input.skill_id)),
  /** the skill's owner: asks their organization's instructors and org admins to verify it */
  requestVerification: userProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/users/profile/skills/{skill_id}/verification-request",
        tags,
        summary: "Ask for one of the caller's skills to be verified",
        description:
          "Records the request on the skill (`verification_requested_at`) and e-mails the instructors and org admins of the caller's organization (at most 25, instructors first) through the outbox. A verified skill is 409, and so is an organization with nobody who could verify. Asking again within 24 hours of the last request is 429 with `Retry-After`; after that, asking again sends a reminder. A verification, or a change of the skill's name or level, answers the request (the field becomes null). Another person's skill is 404.",
      },
    })
    .input(skillIdInput)
    .output(skillRecord)
    .mutation(({ ctx, input }) => requestSkillVerification(ctx, input.skill_id)),
  /** instructors, org admins (their organization) and super admins; the service checks the role */
  verify: userProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/users/{user_id}/skills/{skill_id}/verification",
        tags,
        summary: "Verify a person's skill at its current proficiency level",
        description:
          "Instructors and org admins of the person's organization, and super admins; nobody verifies their own skills (403). A skill that is not that user's, or a user of another organization, is 404. With `proficiency_level`, the verification is refused (409) if the skill is no longer at that level. Verifying a verified skill changes nothing.",
      },
    })
    .input(verifySkillInput)
    .output(skillWithOwner)
    .mutation(({ ctx, input }) => verifySkill(ctx, input)),
  /** same callers as verify */
  unverify: userProcedure
    .meta({
      rest: {
        method: "DELETE",
        path: "/users/{user_id}/skills/{skill_id}/verification",
        tags,
        summary: "Withdraw the verification of a person's skill",
        description:
          "Same callers and rules as the verification: the skill is self-assessed again. Withdrawing from an unverified skill changes nothing.",
      },
    })
    .input(unverifySkillInput)
    .output(skillWithOwner)
    .mutation(({ ctx, input }) => unverifySkill(ctx, input)),
  /** instructors and admins of the user's organization, the user themself, or `users:read` keys */
  ofUser: memberProcedure("users:read")
    .meta({
      rest: {
        method: "GET",
        path: "/users/{user_id}/skills",
        tags,
        summary: "List a person's skills by category",
        description:
          "For the person themself, instructors and admins of their organization (super admins: any), and API keys with `users:read`; other learners are refused (403). A user of another organization is 404.",
      },
    })
    .input(userSkillsInput)
    .output(skillCategoryList)
    .query(({ ctx, input }) => listUserSkills(ctx, input.user_id)),
  overview: adminProcedure("users:read")
    .meta({
      rest: {
        method: "GET",
        path: "/skills/overview",
        tags,
        summary: "Summarise the skills of an organization",
        description:
          "Per category and skill name: how many people have it, how many of them verified, and how many at each proficiency level; deactivated users are left out. Org admins and organization keys see their own organization (naming another is 404); super admins and platform keys may name one with `organization_id`, or get every organization together without it.",
      },
    })
    .input(skillsOverviewInput)
    .output(organizationSkillsOverview)
    .query(({ ctx, input }) => skillsOverview(ctx, input)),
} satisfies TRPCRouterRecord;
