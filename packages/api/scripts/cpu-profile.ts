/**
 * Where a process spent its CPU time, from V8's sampling profiler: self time by function and by
 * package or source file. `profileCpu` profiles one phase of a script through the inspector (the
 * import bench's import, not its generator or COPY; the events bench's batches) and saves the
 * profile for Chrome DevTools / speedscope; `summarizeProfile` also reads the files
 * `node --cpu-prof` writes (pnpm bench's API server).
 */
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  percent: number;
}

export interface CpuSummary {
  total_ms: number;
  by_area: SelfTime[];
  by_function: SelfTime[];
}

/** A script's package (`zod`, `@prisma/client`), this repository's file, or V8's own entries. */
function area(url: string, functionName: string): string {
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm?.[1] !== undefined) return pnpm[1];
  if (url.startsWith("node:")) return "node";
  const source = /\/(packages|apps)\/(.+)$/.exec(url);
  return source === null ? url : `${source[1]}/${source[2]}`;
}

function top(times: Map<string, number>, total: number, count: number): SelfTime[] {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({
      name,
      ms: Math.round(us / 1000),
      percent: Math.round((us / total) * 1000) / 10,
    }));
}

export function summarizeProfile(profile: Profile): CpuSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = nodes.get(samples[i] ?? -1);
    const us = deltas[i] ?? 0;
    if (node === undefined) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = area(url, functionName);
    const name = `${functionName === "" ? "(anonymous)" : functionName} ${where}${url === "" ? "" : `:${lineNumber + 1}`}`;
    byArea.set(where, (byArea.get(where) ?? 0) + us);
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    total += us;
  }
  return {
    total_ms: Math.round(total / 1000),
    by_area: top(byArea, total, 15),
    by_function: top(byFunction, total, 20),
  };
}

/** Starts the profiler; `stop` writes the profile to `file` and returns its summary. */
export async function profileCpu(file: string): Promise<{ stop: () => Promise<CpuSummary> }> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return {
    stop: async () => {
      const { profile } = (await session.post("Profiler.stop")) as { profile: Profile };
      session.disconnect();
      await writeFile(file, JSON.stringify(profile));
      return summarizeProfile(profile);
    },
  };
}
