import { apiKeysRouter } from "./routers/api-keys";
import { organizationsRouter } from "./routers/organizations";
import { profileRouter } from "./routers/profile";
import { usersRouter } from "./routers/users";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  profile: profileRouter,
  users: usersRouter,
  organizations: organizationsRouter,
  apiKeys: apiKeysRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (jobs, CLI, tests) with a context from createContextInner. */
export const createCaller = createCallerFactory(appRouter);
