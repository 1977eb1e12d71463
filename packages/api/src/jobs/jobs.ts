import { reconcileStats } from "../services/stats/reconcile-stats";
import type { JobDefinition } from "./job";
import { purgeOldActivities } from "./purge-activities";

const hourMs = 3_600_000;

/** Activity retention (DESIGN.md "Jobs"): entries older than ACTIVITY_RETENTION_DAYS, daily. */
export const purgeActivitiesJob: JobDefinition = {
  name: "purge-activities",
  intervalMs: () => 24 * hourMs,
  run: async (deps) => ({ deleted: await purgeOldActivities(deps) }),
};

/** Learning statistics recomputed from the ledger, and week/month windows rolled over. */
export const reconcileStatsJob: JobDefinition = {
  name: "reconcile-stats",
  intervalMs: (settings) => settings.STATS_UPDATE_INTERVAL,
  run: (deps) => reconcileStats(deps),
};

/**
 * Every recurring job the worker runs (apps/api/src/worker). Add a job here and the worker
 * schedules it; its handler is a plain function of { db, now, settings }.
 */
export const jobs: readonly JobDefinition[] = [
  purgeActivitiesJob,
  reconcileStatsJob,
  // Invitation jobs go here (reminders every REMINDER_INTERVAL up to MAX_REMINDER_COUNT, and
  // expiry), when the invitations issue adds their handlers.
];
