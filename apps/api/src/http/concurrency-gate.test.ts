import { describe, expect, it } from "vitest";

import { concurrencyGate } from "./concurrency-gate";

/** A piece of work that runs until `finish()` is called. */
function pending() {
  const finishers: (() => void)[] = [];
  const done = new Promise<void>((resolve) => {
    finishers.push(resolve);
  });
  return {
    done,
    finish: () => {
      for (const finish of finishers) finish();
    },
  };
}

describe("concurrencyGate", () => {
  it("runs at most `limit` at once, the others in arrival order as slots free up", async () => {
    const gate = concurrencyGate(2, 10_000);
    const started: number[] = [];
    const works = [0, 1, 2, 3].map(() => pending());
    const runs = works.map((work, index) =>
      gate.run(async () => {
        started.push(index);
        await work.done;
        return index;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);

    works[1]?.finish();
    await runs[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);

    works[0]?.finish();
    works[2]?.finish();
    works[3]?.finish();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it("frees the slot when the work fails", async () => {
    const gate = concurrencyGate(1, 10_000);
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await gate.run(() => Promise.resolve("next"))).toBe("next");
  });

  it("answers SERVICE_UNAVAILABLE with Retry-After to a call that waited too long, and forgets it", async () => {
    const gate = concurrencyGate(1, 20);
    const blocker = pending();
    const first = gate.run(() => blocker.done);
    await expect(gate.run(() => Promise.resolve("late"))).rejects.toMatchObject({
      appCode: "SERVICE_UNAVAILABLE",
      retryAfterSeconds: 1,
    });
    blocker.finish();
    await first;
    // The timed-out call left the queue: the slot is free for the next one at once.
    expect(await gate.run(() => Promise.resolve("after"))).toBe("after");
  });
});
