import { readFileSync } from "node:fs";

/** A process's resident memory in MB from /proc (Linux): current (VmRSS) and peak (VmHWM). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) =>
      Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
    return { rssMb: field("VmRSS"), peakMb: field("VmHWM") };
  } catch {
    return undefined;
  }
}

/** Polls a process's RSS while `work` runs; the highest value seen. */
export async function sampleRss<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; peakMb: number }> {
  let peakMb = 0;
  const sample = () => {
    peakMb = Math.max(peakMb, memoryOf(pid)?.rssMb ?? 0);
  };
  const timer = setInterval(sample, 100);
  try {
    const result = await work();
    sample();
    return { result, peakMb };
  } finally {
    clearInterval(timer);
  }
}
