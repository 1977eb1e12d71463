// The background jobs and what the worker (apps/api) needs to run them.
export type { JobDefinition, JobDeps } from "./job";
export { jobs, purgeActivitiesJob, reconcileStatsJob } from "./jobs";
export {
  activityRetentionCutoff,
  purgeOldActivities,
  type PurgeActivitiesOptions,
} from "./purge-activities";
export {
  advisoryLockKey,
  runExclusively,
  type ExclusiveOutcome,
  type RunExclusivelyOptions,
} from "./run-exclusively";
