import { createHash } from "node:crypto";

import type { HttpExchange } from "../../context";
import { AppError } from "../../errors";

/**
 * Optimistic concurrency for resources edited by several people or services at once (DESIGN.md:
 * `ETag` on GET, `If-Match` on PUT, 412 when stale).
 *
 * A version tag is a strong entity tag computed from the content of the editable state: the same
 * content always gives the same tag, and any change gives another, however close in time two
 * writes are (timestamps of millisecond precision would not). Services compute it from rows read
 * with the same `select` on both sides, so GET and PUT agree.
 */
export function versionTag(state: unknown): string {
  const digest = createHash("sha256").update(canonicalJson(state)).digest("base64url");
  return `"${digest.slice(0, 27)}"`;
}

/** JSON with object keys sorted at every level and dates as ISO strings: one text per content. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) return item;
    return Object.fromEntries(
      Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  });
}

/** Puts the representation's version in the response (`ETag`) and hands the value on. */
export function withVersion<T>(http: HttpExchange, value: T, tag: string): T {
  http.responseHeaders.set("ETag", tag);
  return value;
}

/**
 * Whether an If-Match header lets a write on the state tagged `current` go ahead (RFC 9110
 * §13.1.1): no header, `*`, or a list holding `current`. Weak tags never match, as the RFC says.
 */
export function ifMatchAllows(ifMatch: string | null, current: string): boolean {
  if (ifMatch === null) return true;
  const candidates = ifMatch.split(",").map((tag) => tag.trim());
  return candidates.includes("*") || candidates.includes(current);
}

/** Refuses a write whose If-Match names another version than the current one. */
export function assertIfMatch(http: HttpExchange, current: string): void {
  if (ifMatchAllows(http.ifMatch, current)) return;
  throw new AppError(
    "PRECONDITION_FAILED",
    "The resource changed since you read it (If-Match does not match its ETag); read it again and retry",
    { details: [{ path: "If-Match", message: `the current version is ${current}` }] },
  );
}
