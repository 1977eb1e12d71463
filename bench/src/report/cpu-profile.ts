import type { CpuSummary } from "@ums/api/cpu-profile";

/** A CPU profile's summary as `pnpm bench --cpu-prof` prints it, below the table. */
export function formatCpuSummary(summary: CpuSummary): string {
  const line = (entry: CpuSummary["by_area"][number]) =>
    `  ${entry.percent.toFixed(1).padStart(5)} %  ${String(entry.ms).padStart(7)} ms  ${entry.name}`;
  return [
    `CPU time of the API's main thread: ${(summary.total_ms / 1000).toFixed(1)} s (idle included)`,
    "By package or source file (self time):",
    ...summary.by_area.map(line),
    "By function (self time):",
    ...summary.by_function.map(line),
  ].join("\n");
}
