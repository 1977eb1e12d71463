import { AppError } from "@ums/api";

export interface ConcurrencyGate {
  /** Runs `work` once fewer than the gate's limit are running; waits its turn until then. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * At most `limit` calls of `run` at once; the others wait in arrival order. A call that waited
 * `maxWaitMs` without its turn fails with SERVICE_UNAVAILABLE (503, Retry-After), so a queue
 * under sustained overload stays bounded by time instead of growing.
 */
export function concurrencyGate(limit: number, maxWaitMs: number): ConcurrencyGate {
  let running = 0;
  const waiting: { start: () => void; timer: NodeJS.Timeout }[] = [];

  const release = () => {
    const next = waiting.shift();
    if (next === undefined) {
      running -= 1;
      return;
    }
    clearTimeout(next.timer);
    next.start(); // the slot passes on as it is: `running` stays the same
  };

  const turn = () =>
    new Promise<void>((resolve, reject) => {
      if (running < limit) {
        running += 1;
        resolve();
        return;
      }
      const entry = {
        start: resolve,
        timer: setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(
            new AppError(
              "SERVICE_UNAVAILABLE",
              "The service is too busy to take this request now; retry after the Retry-After delay",
              { retryAfterMs: 1000 },
            ),
          );
        }, maxWaitMs),
      };
      waiting.push(entry);
    });

  return {
    async run(work) {
      await turn();
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
