import { createHash } from "node:crypto";

import { AppError } from "@ums/api";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";

import { clientIp } from "./client-ip";
import type { AppEnv } from "./env";
import { setResponseHeader } from "./response-header";
import type { RateLimitHit, RateLimitStore } from "./rate-limit-store";

export interface RateLimitOptions {
  store: RateLimitStore;
  /** requests per window per credential (the Authorization header's token) */
  perCredential: number;
  /** requests per window per client IP address, with or without a credential */
  perIp: number;
  /** default one minute */
  windowMs?: number;
  /** paths never limited (exact), e.g. health checks */
  exempt?: readonly string[];
  now?: () => number;
}

interface Bucket {
  limit: number;
  hit: RateLimitHit;
}

/**
 * Fixed-window rate limits per credential and per client IP. Every request counts against its
 * IP's limit, and, when it has an Authorization header, against that credential's limit too (the
 * store keys on a SHA-256 of the token, never the token). The tightest of them is reported on each
 * response in `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds); beyond it
 * the answer is 429 RATE_LIMITED with `Retry-After`.
 */
export function rateLimit(options: RateLimitOptions) {
  const { store, windowMs = 60_000, now = Date.now } = options;
  const exempt = new Set(options.exempt ?? []);
  return createMiddleware<AppEnv>(async (c, next) => {
    if (exempt.has(c.req.path)) return next();
    const credential = credentialKey(c);
    const buckets: Bucket[] = await Promise.all([
      store
        .hit(`ip:${clientIp(c) ?? "unknown"}`, windowMs)
        .then((hit) => ({ limit: options.perIp, hit })),
      ...(credential === undefined
        ? []
        : [
            store
              .hit(`credential:${credential}`, windowMs)
              .then((hit) => ({ limit: options.perCredential, hit })),
          ]),
    ]);
    const tightest = buckets.reduce((a, b) => (remaining(b) < remaining(a) ? b : a));
    const resetMs = Math.max(tightest.hit.resetAt - now(), 0);
    const resetSeconds = Math.max(Math.ceil(resetMs / 1000), 1);
    const headers = {
      "RateLimit-Limit": String(tightest.limit),
      "RateLimit-Remaining": String(Math.max(remaining(tightest), 0)),
      "RateLimit-Reset": String(resetSeconds),
    };
    const exceeded = buckets.find((bucket) => bucket.hit.count > bucket.limit);
    if (exceeded !== undefined) {
      // Before any response exists: they go with the error response built from the throw.
      for (const [name, value] of Object.entries(headers)) c.header(name, value);
      const waitMs = Math.max(exceeded.hit.resetAt - now(), 1);
      throw new AppError("RATE_LIMITED", "Too many requests; retry after the Retry-After delay", {
        retryAfterMs: waitMs,
      });
    }
    await next();
    // After the route: a handler's own Response (e.g. tRPC's) would not carry earlier headers.
    for (const [name, value] of Object.entries(headers)) setResponseHeader(c, name, value);
  });
}

const remaining = (bucket: Bucket) => bucket.limit - bucket.hit.count;

/** A SHA-256 of the Authorization header's token (or of the whole header if it has no scheme). */
function credentialKey(c: Context<AppEnv>): string | undefined {
  const header = c.req.header("authorization")?.trim();
  if (header === undefined || header === "") return undefined;
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? header;
  return createHash("sha256").update(token).digest("base64url");
}
