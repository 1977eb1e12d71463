/**
 * The tRPC groundwork every router builds on, in sections:
 * 1. initialisation, with the error formatter that gives every failure the service's error shape
 * 2. the middleware that maps any error to an AppError (one table, see errors/error-codes.ts)
 * 3. the procedure builders, one per kind of caller
 */
import { initTRPC } from "@trpc/server";

import type { ApiKeyActor } from "./auth/actor";
import type { Context } from "./context";
import { AppError, toAppError } from "./errors";
import type { ProcedureMeta } from "./rest/procedure-meta";
import type { ApiKeyScope } from "./schemas/api-keys";

// 1. INITIALISATION ------------------------------------------------------------------------------

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const appError = toAppError(error);
      return {
        ...shape,
        message: appError.message,
        data: {
          ...shape.data,
          appCode: appError.appCode,
          httpStatus: appError.httpStatus,
          details: appError.details,
          retryAfterSeconds: appError.retryAfterSeconds,
          // Never send stack traces to callers; they are logged instead.
          stack: undefined,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// 2. ERROR MAPPING ------------------------------------------------------------------------------

/**
 * Turns whatever a procedure threw (zod input errors, Prisma unique violations, bugs) into an
 * AppError, so the status a caller gets always comes from the one table. Unknown errors are logged.
 */
const mapErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) {
    const appError = toAppError(result.error);
    if (appError.appCode === "INTERNAL")
      console.error(`Unexpected error in ${path}:`, result.error);
    throw appError;
  }
  return result;
});

const baseProcedure = t.procedure.use(mapErrors);

// 3. PROCEDURE BUILDERS ------------------------------------------------------------------------

const unauthenticated = () =>
  new AppError("UNAUTHENTICATED", "Sign in, or send a valid bearer token");

/** Anyone, signed in or not. */
export const publicProcedure = baseProcedure.meta({ access: { kind: "public" } });

/** A signed-in user whose account is ACTIVE (API keys are refused: these act on "me"). */
export const userProcedure = baseProcedure
  .meta({ access: { kind: "user" } })
  .use(({ ctx, next }) => {
    if (ctx.actor === null) throw unauthenticated();
    if (ctx.actor.kind !== "user") {
      throw new AppError("FORBIDDEN", "This acts on the signed-in user; an API key cannot call it");
    }
    return next({ ctx: { ...ctx, actor: ctx.actor } });
  });

/** An ORG_ADMIN (for their own organization) or a SUPER_ADMIN. */
export const orgAdminProcedure = userProcedure
  .meta({ access: { kind: "orgAdmin" } })
  .use(({ ctx, next }) => {
    if (ctx.actor.role !== "ORG_ADMIN" && ctx.actor.role !== "SUPER_ADMIN") {
      throw new AppError("FORBIDDEN", "Only organization administrators may do this");
    }
    return next({ ctx });
  });

/** A SUPER_ADMIN only. */
export const superAdminProcedure = userProcedure
  .meta({ access: { kind: "superAdmin" } })
  .use(({ ctx, next }) => {
    if (ctx.actor.role !== "SUPER_ADMIN") {
      throw new AppError("FORBIDDEN", "Only platform administrators may do this");
    }
    return next({ ctx });
  });

const requireScope = (actor: ApiKeyActor, scope: ApiKeyScope) => {
  if (!actor.scopes.includes(scope)) {
    throw new AppError("FORBIDDEN", `This API key lacks the "${scope}" scope`);
  }
};

/** A service calling with an API key that holds `scope`. */
export const apiKeyProcedure = (scope: ApiKeyScope) =>
  baseProcedure.meta({ access: { kind: "apiKey", scope } }).use(({ ctx, next }) => {
    if (ctx.actor === null) throw unauthenticated();
    if (ctx.actor.kind !== "apiKey") {
      throw new AppError("FORBIDDEN", "Only services with an API key may call this");
    }
    requireScope(ctx.actor, scope);
    return next({ ctx: { ...ctx, actor: ctx.actor } });
  });

/** An ORG_ADMIN or SUPER_ADMIN, or a service whose API key holds `scope`. */
export const adminProcedure = (scope: ApiKeyScope) =>
  baseProcedure.meta({ access: { kind: "admin", scope } }).use(({ ctx, next }) => {
    const actor = ctx.actor;
    if (actor === null) throw unauthenticated();
    if (actor.kind === "apiKey") requireScope(actor, scope);
    else if (actor.role !== "ORG_ADMIN" && actor.role !== "SUPER_ADMIN") {
      throw new AppError("FORBIDDEN", "Only organization administrators may do this");
    }
    return next({ ctx: { ...ctx, actor } });
  });

/** Any signed-in user, or a service whose API key holds `scope`. */
export const memberProcedure = (scope: ApiKeyScope) =>
  baseProcedure.meta({ access: { kind: "member", scope } }).use(({ ctx, next }) => {
    const actor = ctx.actor;
    if (actor === null) throw unauthenticated();
    if (actor.kind === "apiKey") requireScope(actor, scope);
    return next({ ctx: { ...ctx, actor } });
  });
