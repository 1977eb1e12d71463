import { createPrismaClient } from "@ums/db";
import { createTestDatabase } from "@ums/db/testing";
import { afterAll, describe, expect, it } from "vitest";

import { jobs, purgeRateLimitsJob } from "../../jobs/jobs";
import { testSettings } from "../../testing";
import {
  consumeRateLimit,
  enforceRateLimit,
  maxRateLimitWindowMs,
  purgeRateLimitBuckets,
  rateLimitKey,
  refundRateLimit,
  resetRateLimit,
} from "./rate-limit";
import { RateLimitedError, waitInWords } from "./rate-limited-error";

const { db, url } = await createTestDatabase();
// A second client with its own pool: another server process, as far as PostgreSQL can tell.
const otherServer = createPrismaClient(url, { maxConnections: 10 });
afterAll(async () => {
  await otherServer.$disconnect();
});

const minute = 60_000;
const t0 = new Date("2025-06-15T12:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const rule = { limit: 3, windowMs: 15 * minute };

let counter = 0;
const newKey = () => `test:${++counter}`;
const bucket = (key: string) => db.rateLimitBucket.findUnique({ where: { key } });

describe("consumeRateLimit", () => {
  it("allows `limit` hits per window, then refuses with the time left, counting every hit", async () => {
    const key = newKey();
    const outcomes = [];
    for (const ms of [0, 1000, 2000, 3000, 4000]) {
      outcomes.push(await consumeRateLimit(db, key, { ...rule, now: at(ms) }));
    }
    expect(outcomes.map((outcome) => [outcome.allowed, outcome.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
      [false, 0],
    ]);
    expect(outcomes.slice(0, 3).map((outcome) => outcome.retryAfterMs)).toEqual([0, 0, 0]);
    // The window began at the first hit and ends 15 minutes later.
    expect(outcomes[3]?.retryAfterMs).toBe(15 * minute - 3000);
    expect(outcomes[4]?.retryAfterMs).toBe(15 * minute - 4000);
    expect(outcomes.every((outcome) => outcome.windowStart.getTime() === t0.getTime())).toBe(true);
    expect(await bucket(key)).toEqual({ key, window_start: t0, hits: 5 });
  });

  it("starts a new window at the first hit after the window has passed, not before", async () => {
    const key = newKey();
    for (let i = 0; i < 4; i++) await consumeRateLimit(db, key, { ...rule, now: t0 });
    const lastMoment = await consumeRateLimit(db, key, { ...rule, now: at(15 * minute - 1) });
    expect(lastMoment).toMatchObject({ allowed: false, retryAfterMs: 1 });

    const next = await consumeRateLimit(db, key, { ...rule, now: at(15 * minute) });
    expect(next).toEqual({
      allowed: true,
      remaining: 2,
      retryAfterMs: 0,
      windowStart: at(15 * minute),
    });
    expect(await bucket(key)).toMatchObject({ window_start: at(15 * minute), hits: 1 });
    // A late hit long after starts a fresh window as well.
    const later = await consumeRateLimit(db, key, { ...rule, now: at(3 * 60 * minute) });
    expect(later).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("keeps keys apart", async () => {
    const a = newKey();
    const b = newKey();
    for (let i = 0; i < 3; i++) await consumeRateLimit(db, a, { ...rule, now: t0 });
    expect((await consumeRateLimit(db, a, { ...rule, now: t0 })).allowed).toBe(false);
    expect(await consumeRateLimit(db, b, { ...rule, now: t0 })).toMatchObject({
      allowed: true,
      remaining: 2,
    });
  });

  it("never waits longer than a window, even when another server's clock started it ahead", async () => {
    const key = newKey();
    await consumeRateLimit(db, key, { limit: 1, windowMs: minute, now: at(5 * minute) });
    const behind = await consumeRateLimit(db, key, { limit: 1, windowMs: minute, now: t0 });
    expect(behind).toMatchObject({ allowed: false, retryAfterMs: minute });
  });

  it("allows exactly `limit` of many simultaneous hits from several servers, and loses none", async () => {
    const key = newKey();
    const limit = 10;
    const hits = 60;
    const outcomes = await Promise.all(
      Array.from({ length: hits }, (_, i) =>
        consumeRateLimit(i % 2 === 0 ? db : otherServer, key, {
          limit,
          windowMs: 15 * minute,
          now: t0,
        }),
      ),
    );
    const allowed = outcomes.filter((outcome) => outcome.allowed);
    expect(allowed).toHaveLength(limit);
    // Each allowed hit saw its own count: the remaining values are 9, 8, …, 0, once each.
    expect(allowed.map((outcome) => outcome.remaining).sort((x, y) => x - y)).toEqual(
      Array.from({ length: limit }, (_, i) => i),
    );
    expect((await bucket(key))?.hits).toBe(hits);
  });

  it("refuses a limit or window it cannot honour", async () => {
    for (const options of [
      { limit: 0, windowMs: minute },
      { limit: 1.5, windowMs: minute },
      { limit: 1, windowMs: 0 },
      { limit: 1, windowMs: maxRateLimitWindowMs + 1 },
      { limit: 1, windowMs: Number.NaN },
    ]) {
      await expect(consumeRateLimit(db, newKey(), options)).rejects.toThrow(RangeError);
    }
  });
});

describe("enforceRateLimit", () => {
  it("throws RATE_LIMITED (429) saying how long to wait, with retryAfterMs for code", async () => {
    const key = newKey();
    await enforceRateLimit(db, key, { limit: 1, windowMs: 15 * minute, now: t0 }, "Slow down");
    const error = await enforceRateLimit(
      db,
      key,
      { limit: 1, windowMs: 15 * minute, now: at(30_000) },
      "Slow down",
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({
      appCode: "RATE_LIMITED",
      httpStatus: 429,
      code: "TOO_MANY_REQUESTS",
      message: "Slow down. Try again in 15 minutes.",
      retryAfterMs: 15 * minute - 30_000,
      retryAfterSeconds: 870,
    });
  });

  it("words the wait in whole minutes, or seconds under a minute", () => {
    expect(waitInWords(14 * minute + 1)).toBe("15 minutes");
    expect(waitInWords(minute)).toBe("1 minute");
    expect(waitInWords(59_001)).toBe("1 minute");
    expect(waitInWords(45_000)).toBe("45 seconds");
    expect(waitInWords(1)).toBe("1 second");
    expect(waitInWords(0)).toBe("1 second");
  });
});

describe("refundRateLimit and resetRateLimit", () => {
  it("gives one hit back in the same window only, never below zero", async () => {
    const key = newKey();
    const first = await consumeRateLimit(db, key, { ...rule, now: t0 });
    await consumeRateLimit(db, key, { ...rule, now: t0 });
    await refundRateLimit(db, key, first.windowStart);
    expect((await bucket(key))?.hits).toBe(1);
    await refundRateLimit(db, key, first.windowStart);
    await refundRateLimit(db, key, first.windowStart);
    expect((await bucket(key))?.hits).toBe(0);

    // A refund for a window that has been replaced leaves the new one alone.
    await consumeRateLimit(db, key, { ...rule, now: at(20 * minute) });
    await refundRateLimit(db, key, first.windowStart);
    expect(await bucket(key)).toMatchObject({ window_start: at(20 * minute), hits: 1 });
  });

  it("forgets a key's hits at once", async () => {
    const key = newKey();
    for (let i = 0; i < 4; i++) await consumeRateLimit(db, key, { ...rule, now: t0 });
    await resetRateLimit(db, key);
    expect(await bucket(key)).toBeNull();
    expect(await consumeRateLimit(db, key, { ...rule, now: at(1000) })).toMatchObject({
      allowed: true,
      remaining: 2,
    });
  });
});

describe("rateLimitKey", () => {
  it("hashes the identifier: stable, short, and no address in the table", () => {
    const key = rateLimitKey("password:account", "ada@example.test");
    expect(key).toBe(rateLimitKey("password:account", "ada@example.test"));
    expect(key).not.toBe(rateLimitKey("password:account", "bob@example.test"));
    expect(key).not.toBe(rateLimitKey("password:ip", "ada@example.test"));
    expect(key).toMatch(/^password:account:[A-Za-z0-9_-]{32}$/);
    expect(key).not.toContain("ada");
  });
});

describe("purgeRateLimitBuckets", () => {
  it("deletes the buckets whose window began over a day ago, and is the hourly purge-rate-limits job", async () => {
    await db.rateLimitBucket.deleteMany();
    const now = at(10 * 24 * 60 * minute);
    const dayAgo = new Date(now.getTime() - maxRateLimitWindowMs);
    await db.rateLimitBucket.createMany({
      data: [
        { key: "old:1", window_start: new Date(dayAgo.getTime() - 1), hits: 5 },
        { key: "old:2", window_start: t0, hits: 1 },
        { key: "kept:at-cutoff", window_start: dayAgo, hits: 1 },
        { key: "kept:recent", window_start: new Date(now.getTime() - minute), hits: 9 },
      ],
    });
    expect(await purgeRateLimitBuckets(db, now)).toBe(2);
    const left = await db.rateLimitBucket.findMany({ orderBy: { key: "asc" } });
    expect(left.map((row) => row.key)).toEqual(["kept:at-cutoff", "kept:recent"]);

    expect(jobs).toContain(purgeRateLimitsJob);
    expect(purgeRateLimitsJob.name).toBe("purge-rate-limits");
    expect(purgeRateLimitsJob.intervalMs(testSettings)).toBe(60 * minute);
    const nextDay = new Date(now.getTime() + maxRateLimitWindowMs);
    expect(
      await purgeRateLimitsJob.run({ db, now: () => nextDay, settings: testSettings }),
    ).toEqual({ deleted: 2 });
    expect(await db.rateLimitBucket.count()).toBe(0);
  });
});
