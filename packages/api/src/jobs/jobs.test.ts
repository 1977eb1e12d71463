import { parseSettings } from "@ums/db/settings";
import { describe, expect, it } from "vitest";

import { testSettings } from "../testing";
import { jobs, reconcileStatsJob } from "./jobs";

describe("the job registry", () => {
  it("names each job once, in a form pg-boss takes as a queue name", () => {
    const names = jobs.map((job) => job.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(names).toEqual(expect.arrayContaining(["purge-activities", "reconcile-stats"]));
  });

  it("gives each job an interval of whole seconds (pg-boss throttles in seconds)", () => {
    for (const job of jobs) {
      const interval = job.intervalMs(testSettings);
      // Imports look every few seconds, so an upload starts soon; everything else at most a minute.
      expect(interval).toBeGreaterThanOrEqual(job.name === "run-imports" ? 5_000 : 60_000);
      expect(interval % 1000).toBe(0);
    }
  });

  it("reconciles statistics every STATS_UPDATE_INTERVAL", () => {
    expect(reconcileStatsJob.intervalMs(parseSettings({ STATS_UPDATE_INTERVAL: "15m" }))).toBe(
      900_000,
    );
  });
});
