import type { AppErrorCode, ErrorDetail } from "@ums/api";

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
