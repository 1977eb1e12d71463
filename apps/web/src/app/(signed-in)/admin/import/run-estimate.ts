/**
 * How fast a running import goes and when it should end, from the progress the page has seen
 * while polling: rows/s over the last seconds (a run's speed changes with its files, and a
 * resumed run's start says nothing of its speed now), and the time left from the bytes still to
 * read at the recent byte rate.
 */

/** One look at a run's progress. */
export interface ProgressSample {
  /** when it was seen (ms since the epoch) */
  at: number;
  rows: number;
  bytesRead: number;
}

/** The window the rates are measured over. */
export const rateWindowMs = 20_000;

/** Samples kept: within the window of the newest, plus the one just before it (the window's start). */
export function keepSamples(
  samples: readonly ProgressSample[],
  next: ProgressSample,
): ProgressSample[] {
  const all = [...samples.filter((sample) => sample.at < next.at), next];
  const firstInside = all.findIndex((sample) => next.at - sample.at <= rateWindowMs);
  return all.slice(Math.max(0, firstInside - 1));
}

export interface RunEstimate {
  /** null until two samples apart in time show progress */
  rowsPerSecond: number | null;
  /** null while no byte rate is known, or when nothing is left */
  secondsLeft: number | null;
}

/** Rows/s and seconds left from the oldest and newest sample. */
export function estimateRun(samples: readonly ProgressSample[], bytesTotal: number): RunEstimate {
  const first = samples[0];
  const last = samples.at(-1);
  if (first === undefined || last === undefined || last.at <= first.at) {
    return { rowsPerSecond: null, secondsLeft: null };
  }
  const seconds = (last.at - first.at) / 1000;
  const rowsPerSecond = Math.max(0, last.rows - first.rows) / seconds;
  const bytesPerSecond = Math.max(0, last.bytesRead - first.bytesRead) / seconds;
  const left = Math.max(0, bytesTotal - last.bytesRead);
  return {
    rowsPerSecond,
    secondsLeft: bytesPerSecond > 0 && left > 0 ? left / bytesPerSecond : null,
  };
}

/** Seconds left as people say them: "less than a minute", "about 4 minutes", "about 2 h 10 min". */
export function formatTimeLeft(seconds: number): string {
  if (seconds < 60) return "less than a minute";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `about ${hours} h` : `about ${hours} h ${rest} min`;
}
