import { cors } from "hono/cors";

import { requestIdHeader } from "./request-id";

/** Response headers a browser script may read. */
export const exposedHeaders = [
  requestIdHeader,
  "ETag",
  "Link",
  "Retry-After",
  "RateLimit-Limit",
  "RateLimit-Remaining",
  "RateLimit-Reset",
];

/**
 * CORS for the exact origins of the CORS_ORIGINS setting (preflights answered with 204), or
 * undefined when there are none: then responses carry no CORS headers at all.
 */
export function corsFor(origins: readonly string[]) {
  if (origins.length === 0) return undefined;
  const allowed = new Set(origins);
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
    allowHeaders: ["Authorization", "Content-Type", "If-Match", requestIdHeader],
    exposeHeaders: exposedHeaders,
    maxAge: 600,
  });
}
