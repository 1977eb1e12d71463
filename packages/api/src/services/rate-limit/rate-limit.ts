import { createHash } from "node:crypto";

import type { Db } from "@ums/db";

import type { Tx } from "../service-context";
import { RateLimitedError } from "./rate-limited-error";

const hourMs = 3_600_000;

/**
 * The longest window a limit may have. Buckets whose window started longer ago than this are over
 * whatever their limit, which is how the purge knows what it may delete without storing windows.
 */
export const maxRateLimitWindowMs = 24 * hourMs;

/** At most `limit` hits per fixed window of `windowMs`. */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export interface ConsumeRateLimitOptions extends RateLimitRule {
  /** the caller's clock (default: now) */
  now?: Date;
}

export interface RateLimitOutcome {
  /** whether this hit is within the limit */
  allowed: boolean;
  /** hits left in the current window after this one */
  remaining: number;
  /** 0 when allowed; otherwise how long until the window ends and hits are allowed again */
  retryAfterMs: number;
  /** when the current window began (for refundRateLimit) */
  windowStart: Date;
}

/** A database client, or one inside a transaction. */
type Queryable = Db | Tx;

/**
 * The bucket key of `identifier` (an e-mail address, an IP address) under `scope`: the identifier
 * is hashed, so the table holds no addresses, and every key has the same short length.
 */
export function rateLimitKey(scope: string, identifier: string): string {
  return `${scope}:${createHash("sha256").update(identifier).digest("base64url").slice(0, 32)}`;
}

/**
 * Counts one hit against `key` and says whether it is within `limit` hits per fixed window of
 * `windowMs`. The window starts at the first hit and resets at the first hit after it has passed.
 *
 * One statement (INSERT … ON CONFLICT (key) DO UPDATE … RETURNING): PostgreSQL locks the bucket
 * row for the update, so concurrent hits are counted one after the other and never lost, and
 * exactly `limit` of any number of simultaneous hits are allowed. Every hit counts, refused ones
 * too: hammering on keeps a caller out. Run it outside the transaction of the work it guards, so
 * the hit stays counted when that work fails.
 */
export async function consumeRateLimit(
  db: Queryable,
  key: string,
  { limit, windowMs, now = new Date() }: ConsumeRateLimitOptions,
): Promise<RateLimitOutcome> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`limit must be a whole number above 0, not ${limit}`);
  }
  if (!Number.isInteger(windowMs) || windowMs < 1 || windowMs > maxRateLimitWindowMs) {
    throw new RangeError(`windowMs must be a whole number from 1 to ${maxRateLimitWindowMs}`);
  }
  // Timestamps are stored in UTC without a zone (Prisma's DateTime); compare in UTC.
  const at = now.toISOString();
  const passedBefore = new Date(now.getTime() - windowMs).toISOString();
  const rows = await db.$queryRaw<{ window_start_ms: number; hits: number }[]>`
    INSERT INTO "rate_limit_buckets" AS bucket ("key", "window_start", "hits")
    VALUES (${key}, (${at}::timestamptz AT TIME ZONE 'UTC'), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "window_start" = CASE
        WHEN bucket."window_start" <= (${passedBefore}::timestamptz AT TIME ZONE 'UTC')
        THEN EXCLUDED."window_start" ELSE bucket."window_start" END,
      "hits" = CASE
        WHEN bucket."window_start" <= (${passedBefore}::timestamptz AT TIME ZONE 'UTC')
        THEN 1 ELSE bucket."hits" + 1 END
    RETURNING (EXTRACT(EPOCH FROM "window_start") * 1000)::float8 AS "window_start_ms", "hits"`;
  const row = rows[0];
  if (!row) throw new Error(`The rate-limit bucket ${key} was not written`);
  const windowStart = new Date(Math.round(row.window_start_ms));
  const allowed = row.hits <= limit;
  // A window started by a clock ahead of this one never makes anyone wait longer than a window.
  const untilReset = Math.min(windowStart.getTime() + windowMs - now.getTime(), windowMs);
  return {
    allowed,
    remaining: Math.max(limit - row.hits, 0),
    retryAfterMs: allowed ? 0 : Math.max(untilReset, 0),
    windowStart,
  };
}

/**
 * consumeRateLimit, throwing RateLimitedError (RATE_LIMITED, 429) with `message` and the time to
 * wait when the hit is over the limit.
 */
export async function enforceRateLimit(
  db: Queryable,
  key: string,
  options: ConsumeRateLimitOptions,
  message: string,
): Promise<RateLimitOutcome> {
  const outcome = await consumeRateLimit(db, key, options);
  if (!outcome.allowed) throw new RateLimitedError(message, outcome.retryAfterMs);
  return outcome;
}

/**
 * Gives back one hit counted in the window that began at `windowStart` (a hit that turned out
 * not to count, e.g. a successful sign-in under a limit of failures). Nothing happens when that
 * window has been replaced by a new one meanwhile, or has no hits left.
 */
export async function refundRateLimit(
  db: Queryable,
  key: string,
  windowStart: Date,
): Promise<void> {
  await db.$executeRaw`
    UPDATE "rate_limit_buckets" SET "hits" = "hits" - 1
    WHERE "key" = ${key} AND "hits" > 0
      AND "window_start" = (${windowStart.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/** Forgets every hit of `key` (e.g. an account's failed sign-ins once one succeeds). */
export async function resetRateLimit(db: Queryable, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/**
 * Deletes the buckets whose window began more than maxRateLimitWindowMs before `now`: whatever
 * their limit, their window has passed, and the next hit would start a new one anyway. Returns how
 * many it deleted. Safe alongside hits: a bucket deleted under a hit is simply inserted again.
 */
export async function purgeRateLimitBuckets(db: Queryable, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - maxRateLimitWindowMs).toISOString();
  return db.$executeRaw`
    DELETE FROM "rate_limit_buckets"
    WHERE "window_start" < (${cutoff}::timestamptz AT TIME ZONE 'UTC')`;
}
