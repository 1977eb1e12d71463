import type { AppError, ErrorDetail } from "./app-error";
import type { AppErrorCode } from "./error-codes";

/** The service's error codes, plus the one that only the HTTP layer uses. */
export type HttpErrorCode = AppErrorCode | "METHOD_NOT_ALLOWED";

/**
 * The body of every error response (DESIGN.md "REST contract"):
 * `{ "error": { "code": "...", "message": "...", "details": [{ "path", "message" }] } }`,
 * `details` only when there are some.
 */
export function errorBody(code: HttpErrorCode, message: string, details: ErrorDetail[] = []) {
  return { error: { code, message, ...(details.length > 0 ? { details } : {}) } };
}

/**
 * An AppError as any HTTP door answers it (the API server, the web app's upload route): its
 * status from the one table of codes, the standard body (an INTERNAL error says nothing about
 * itself), and Retry-After when it carries one.
 */
export function httpError(error: AppError): {
  status: number;
  body: ReturnType<typeof errorBody>;
  headers: Record<string, string>;
} {
  const headers: Record<string, string> = {};
  const retryAfter = error.retryAfterSeconds;
  if (retryAfter !== undefined) headers["Retry-After"] = String(retryAfter);
  const message = error.appCode === "INTERNAL" ? "Internal server error" : error.message;
  return {
    status: error.httpStatus,
    body: errorBody(error.appCode, message, error.details),
    headers,
  };
}
