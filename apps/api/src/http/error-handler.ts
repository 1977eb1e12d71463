import { AppError, errorCodes, httpError, toAppError, type AppErrorCode } from "@ums/api";
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Logger } from "pino";

import type { AppEnv } from "./env";

export const authenticateChallenge = 'Bearer realm="user-service"';

/**
 * Any error thrown by a route or middleware → the standard error response: an AppError (or what
 * toAppError makes of it) with its status, `Retry-After` when it carries one, and a
 * `WWW-Authenticate` challenge on 401. Anything unexpected is a bug: logged in full with the
 * request's logger, answered with a generic 500 that says nothing about it.
 */
export function errorHandler(logger: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    const appError = error instanceof HTTPException ? fromHttpException(error) : toAppError(error);
    if (appError.appCode === "INTERNAL") {
      // The request's own logger (with its id) once accessLog() has run.
      ((c.get("logger") as Logger | undefined) ?? logger).error(
        { err: error, method: c.req.method, path: c.req.path },
        `Unhandled error in ${c.req.method} ${c.req.path}`,
      );
    }
    return errorResponse(c, appError);
  };
}

/** An unknown route: 404 with the standard body. */
export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  errorResponse(c, new AppError("NOT_FOUND", `No route for ${c.req.method} ${c.req.path}`));

export function errorResponse(c: Context<AppEnv>, error: AppError): Response {
  const { status, body, headers } = httpError(error);
  if (error.appCode === "UNAUTHENTICATED") headers["WWW-Authenticate"] = authenticateChallenge;
  return c.json(body, status as ContentfulStatusCode, headers);
}

/**
 * Hono's own exceptions (thrown by its middleware) by status: a 413 from a body limit stays a
 * 413 with the standard body; a status without a code of ours is a bug.
 */
function fromHttpException(exception: HTTPException): AppError {
  const code = (Object.keys(errorCodes) as AppErrorCode[]).find(
    (candidate) => errorCodes[candidate].http === exception.status,
  );
  return code === undefined || code === "INTERNAL"
    ? toAppError(exception)
    : new AppError(code, exception.message || defaultMessages[code], { cause: exception });
}

const defaultMessages: Record<AppErrorCode, string> = {
  VALIDATION_FAILED: "Invalid request",
  UNAUTHENTICATED: "Authentication required",
  FORBIDDEN: "Not allowed",
  NOT_FOUND: "Not found",
  CONFLICT: "Conflict",
  PRECONDITION_FAILED: "Precondition failed",
  PAYLOAD_TOO_LARGE: "Request body too large",
  UNSUPPORTED_MEDIA_TYPE: "Unsupported media type",
  RATE_LIMITED: "Too many requests",
  INTERNAL: "Internal server error",
  NOT_IMPLEMENTED: "Not implemented",
  SERVICE_UNAVAILABLE: "Service unavailable",
};
