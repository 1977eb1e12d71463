/** What a store knows about a key after counting one more request in its current window. */
export interface RateLimitHit {
  /** requests counted in the window, this one included */
  count: number;
  /** when the window ends (ms since the epoch) and the count starts again from zero */
  resetAt: number;
}

/**
 * Where request counts live. The in-process store serves one server; a shared store (Redis:
 * INCR + PEXPIRE NX on the key) lets several instances enforce one limit, without changing the
 * middleware.
 */
export interface RateLimitStore {
  /** Counts one request for `key` in its fixed window of `windowMs`, opening one if none is. */
  hit(key: string, windowMs: number): Promise<RateLimitHit>;
}

export interface MemoryRateLimitStoreOptions {
  /** the most keys kept at once (default 100 000); the oldest windows go first beyond it */
  maxKeys?: number;
  now?: () => number;
}

/**
 * Fixed windows in a Map, for a single process. Memory stays bounded: expired windows are swept
 * out at most once a second, and beyond `maxKeys` the oldest windows are dropped (a dropped key
 * simply starts a new window, which errs on the side of letting requests through).
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #windows = new Map<string, RateLimitHit>();
  readonly #maxKeys: number;
  readonly #now: () => number;
  #nextSweep = 0;

  constructor({ maxKeys = 100_000, now = Date.now }: MemoryRateLimitStoreOptions = {}) {
    this.#maxKeys = maxKeys;
    this.#now = now;
  }

  /** Keys currently held (for tests and metrics). */
  get size(): number {
    return this.#windows.size;
  }

  hit(key: string, windowMs: number): Promise<RateLimitHit> {
    const now = this.#now();
    this.#sweep(now);
    const current = this.#windows.get(key);
    if (current !== undefined && current.resetAt > now) {
      current.count += 1;
      return Promise.resolve({ ...current });
    }
    // A new window goes to the end of the Map's order, which is therefore oldest-first.
    this.#windows.delete(key);
    const fresh = { count: 1, resetAt: now + windowMs };
    this.#windows.set(key, fresh);
    while (this.#windows.size > this.#maxKeys) {
      const oldest = this.#windows.keys().next();
      if (oldest.done === true) break;
      this.#windows.delete(oldest.value);
    }
    return Promise.resolve({ ...fresh });
  }

  #sweep(now: number): void {
    if (now < this.#nextSweep) return;
    this.#nextSweep = now + 1000;
    for (const [key, window] of this.#windows) {
      if (window.resetAt <= now) this.#windows.delete(key);
    }
  }
}
