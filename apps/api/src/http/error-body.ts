/**
 * The error codes this server answers with so far. Domain errors get theirs, with the table
 * mapping codes to HTTP statuses, when the REST contract arrives (DESIGN.md "REST contract").
 */
export type ErrorCode = "NOT_FOUND" | "INTERNAL";

/** The body of every error response: `{ "error": { "code": "...", "message": "..." } }`. */
export function errorBody(code: ErrorCode, message: string) {
  return { error: { code, message } };
}
