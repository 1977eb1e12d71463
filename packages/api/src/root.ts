import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { activitiesRouter } from "./routers/activities";
import { apiKeysRouter } from "./routers/api-keys";
import { authRouter } from "./routers/auth";
import { emailsRouter } from "./routers/emails";
import { goalsRouter } from "./routers/goals";
import { importsRouter } from "./routers/imports";
import { invitationsRouter } from "./routers/invitations";
import { organizationsRouter } from "./routers/organizations";
import { preferencesRouter } from "./routers/preferences";
import { profileRouter } from "./routers/profile";
import { skillsRouter } from "./routers/skills";
import { statsRouter } from "./routers/stats";
import { usersRouter } from "./routers/users";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  profile: profileRouter,
  users: usersRouter,
  organizations: organizationsRouter,
  apiKeys: apiKeysRouter,
  preferences: preferencesRouter,
  stats: statsRouter,
  skills: skillsRouter,
  goals: goalsRouter,
  activities: activitiesRouter,
  invitations: invitationsRouter,
  auth: authRouter,
  emails: emailsRouter,
  imports: importsRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (jobs, CLI, tests) with a context from createContextInner. */
export const createCaller = createCallerFactory(appRouter);

/** What each procedure takes, by path: `RouterInputs["users"]["list"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** What each procedure answers, by path: `RouterOutputs["users"]["list"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
