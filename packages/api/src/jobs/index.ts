// The background jobs and what the worker (apps/api) needs to run them.
export type { JobDefinition, JobDeps } from "./job";
export {
  deliverEmails,
  maxDeliveryAttempts,
  retryDelayMs,
  type DeliverEmailsOptions,
  type DeliveryReport,
} from "./deliver-emails";
export {
  deliverEmailsJob,
  jobs,
  purgeActivitiesJob,
  reconcileStatsJob,
  runImportsJob,
} from "./jobs";
export { runImports, type RunImportsReport } from "./run-imports";
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
