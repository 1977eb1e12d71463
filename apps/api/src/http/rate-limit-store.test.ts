import { describe, expect, it } from "vitest";

import { MemoryRateLimitStore } from "./rate-limit-store";

function clock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("MemoryRateLimitStore", () => {
  it("counts hits per key in a fixed window, then starts again", async () => {
    const time = clock();
    const store = new MemoryRateLimitStore({ now: time.now });
    expect(await store.hit("a", 60_000)).toEqual({ count: 1, resetAt: 1_060_000 });
    time.advance(10_000);
    expect(await store.hit("a", 60_000)).toEqual({ count: 2, resetAt: 1_060_000 });
    expect(await store.hit("b", 60_000)).toEqual({ count: 1, resetAt: 1_070_000 });
    time.advance(50_000);
    expect(await store.hit("a", 60_000)).toEqual({ count: 1, resetAt: 1_120_000 });
  });

  it("evicts expired windows, so memory follows the active keys only", async () => {
    const time = clock();
    const store = new MemoryRateLimitStore({ now: time.now });
    for (let index = 0; index < 1000; index += 1) await store.hit(`ip:${index}`, 60_000);
    expect(store.size).toBe(1000);
    time.advance(61_000);
    await store.hit("ip:new", 60_000);
    expect(store.size).toBe(1);
  });

  it("never holds more than maxKeys, dropping the oldest windows first", async () => {
    const time = clock();
    const store = new MemoryRateLimitStore({ now: time.now, maxKeys: 3 });
    for (const key of ["a", "b", "c", "d"]) {
      await store.hit(key, 60_000);
      time.advance(1);
    }
    expect(store.size).toBe(3);
    // "a" was dropped: it starts a new window; "d" kept counting.
    expect((await store.hit("d", 60_000)).count).toBe(2);
    expect((await store.hit("a", 60_000)).count).toBe(1);
  });

  it("returns copies: callers cannot change the stored counts", async () => {
    const store = new MemoryRateLimitStore();
    const hit = await store.hit("k", 1000);
    hit.count = 100;
    expect((await store.hit("k", 1000)).count).toBe(2);
  });
});
