/**
 * Where a process spent its CPU time, from the `.cpuprofile` V8 writes with `node --cpu-prof`:
 * self time per function and per package, the first question when a ratio is low (is it the
 * database client, validation, serialization, the HTTP layer or logging?).
 */

/** The parts of a V8 CPU profile (Chrome DevTools' format) this summary reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples: number[];
  /** microseconds since the previous sample, one per sample */
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: SelfTime[];
  packages: SelfTime[];
}

/** V8's own entries: time not spent running JavaScript of a package. */
const runtimeEntries = new Set(["(garbage collector)", "(program)", "(idle)", "(root)"]);

/**
 * The package a script belongs to: the npm package under node_modules (scoped or not), the
 * workspace folder (apps/api, packages/db…) for the project's own code, `node:` for Node's.
 */
export function packageOf(url: string, functionName: string): string {
  if (runtimeEntries.has(functionName)) return functionName;
  if (url === "") return "(native)";
  if (url.startsWith("node:")) return "node:";
  const modules = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1] !== undefined) return modules[1];
  const workspace = /\/((?:apps|packages|bench)\/[^/]+)\//.exec(url);
  return workspace?.[1] ?? url;
}

function ranked(times: Map<string, number>, totalMs: number, limit: number): SelfTime[] {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, ms]) => ({ name, ms, share: totalMs === 0 ? 0 : ms / totalMs }));
}

export function summarizeProfile(profile: CpuProfile, limit = 15): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((nodeId, index) => {
    const frame = nodes.get(nodeId);
    if (frame === undefined || frame.functionName === "(idle)") return;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    totalMs += ms;
    const where =
      frame.url === ""
        ? ""
        : ` ${frame.url.replace(/^.*node_modules\//, "")}:${frame.lineNumber + 1}`;
    const functionKey = `${frame.functionName || "(anonymous)"}${where}`;
    byFunction.set(functionKey, (byFunction.get(functionKey) ?? 0) + ms);
    const pkg = packageOf(frame.url, frame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
  });
  return {
    totalMs,
    functions: ranked(byFunction, totalMs, limit),
    packages: ranked(byPackage, totalMs, limit),
  };
}

export function formatProfileSummary(summary: ProfileSummary): string {
  const line = (entry: SelfTime) =>
    `  ${(entry.share * 100).toFixed(1).padStart(5)} %  ${entry.ms.toFixed(0).padStart(7)} ms  ${entry.name}`;
  return [
    `CPU time of the API, not idle: ${(summary.totalMs / 1000).toFixed(1)} s`,
    "By package (self time):",
    ...summary.packages.map(line),
    "By function (self time):",
    ...summary.functions.map(line),
  ].join("\n");
}
