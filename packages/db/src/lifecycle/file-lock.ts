import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";

/**
 * An exclusive lock between processes: a file created with O_EXCL that holds the owner's pid.
 * A lock whose owner is gone (crashed, killed) is taken over, so a crash never wedges the next start.
 */
export function tryLock(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const content = readFileSafe(lockPath);
    // Empty: the owner has created the file but not written its pid yet (or died right then).
    if (content === "") {
      if (isOlderThan(lockPath, 5_000)) unlinkSafe(lockPath);
      return false;
    }
    if (content === undefined) return false; // just unlocked: try again
    const owner = Number(content);
    if (Number.isInteger(owner) && owner > 0 && isProcessAlive(owner)) return false;
    // The owner died without unlocking. Clear the lock only if it is still that dead owner's (another
    // waiter may have taken it over meanwhile), then race for it again.
    if (readFileSafe(lockPath) === String(owner)) unlinkSafe(lockPath);
    return false;
  }
}

export function unlock(lockPath: string): void {
  if (readFileSafe(lockPath) === String(process.pid)) unlinkSafe(lockPath);
}

/** Runs `work` holding the lock, waiting for it without blocking the event loop. */
export async function withLock<T>(
  lockPath: string,
  work: () => Promise<T>,
  timeoutMs = 120_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (!tryLock(lockPath)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the lock ${lockPath}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  try {
    return await work();
  } finally {
    unlock(lockPath);
  }
}

/** Same, synchronously: for process 'exit' handlers, where nothing asynchronous runs any more. */
export function withLockSync<T>(lockPath: string, work: () => T, timeoutMs = 60_000): T {
  const deadline = Date.now() + timeoutMs;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  while (!tryLock(lockPath)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the lock ${lockPath}`);
    Atomics.wait(sleeper, 0, 0, 50);
  }
  try {
    return work();
  } finally {
    unlock(lockPath);
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readFileSafe(filePath: string): string | undefined {
  try {
    return readFileSync(filePath, "utf8").trim();
  } catch {
    return undefined;
  }
}

function unlinkSafe(filePath: string): void {
  try {
    unlinkSync(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

function isOlderThan(filePath: string, ms: number): boolean {
  try {
    return Date.now() - statSync(filePath).mtimeMs > ms;
  } catch {
    return false;
  }
}
