import { defaultAvatarStorage } from "../services/avatars/storage/default-avatar-storage";
import { sweepAvatarFiles } from "../services/avatars/sweep-avatar-files";
import { purgeRateLimitBuckets } from "../services/rate-limit";
import { reconcileStats } from "../services/stats/reconcile-stats";
import { deliverEmails } from "./deliver-emails";
import { expireInvitations } from "./expire-invitations";
import type { JobDefinition } from "./job";
import { purgeOldActivities } from "./purge-activities";
import { runImports } from "./run-imports";
import { sendInvitationReminders } from "./send-invitation-reminders";

const minuteMs = 60_000;
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
 * Outgoing e-mail (DESIGN.md "Jobs"): the outbox's due messages, every minute, over SMTP_URL or
 * into the development mailbox; failures wait and retry with backoff.
 */
export const deliverEmailsJob: JobDefinition = {
  name: "deliver-emails",
  intervalMs: () => minuteMs,
  run: (deps) => deliverEmails(deps),
};

/** PENDING invitations past their expiry become EXPIRED, every 15 minutes. */
export const expireInvitationsJob: JobDefinition = {
  name: "expire-invitations",
  intervalMs: () => 15 * 60_000,
  run: async (deps) => ({ expired: await expireInvitations(deps) }),
};

/**
 * Reminders to invitees who have not answered. The job looks every hour (or every
 * REMINDER_INTERVAL, when shorter) for invitations whose last e-mail is REMINDER_INTERVAL old.
 */
export const sendInvitationRemindersJob: JobDefinition = {
  name: "send-invitation-reminders",
  intervalMs: (settings) => Math.min(settings.REMINDER_INTERVAL, hourMs),
  run: async (deps) => ({ reminded: await sendInvitationReminders(deps) }),
};

/**
 * Rate-limit buckets (services/rate-limit) whose window has long passed, hourly: a bucket is kept
 * for at most a day after its window began, whatever its limit.
 */
export const purgeRateLimitsJob: JobDefinition = {
  name: "purge-rate-limits",
  intervalMs: () => hourMs,
  run: async ({ db, now }) => ({ deleted: await purgeRateLimitBuckets(db, now()) }),
};

/**
 * Avatar files an interrupted upload left behind (written, never switched to), hourly: files no
 * row points at, made more than an hour ago.
 */
export const sweepAvatarFilesJob: JobDefinition = {
  name: "sweep-avatar-files",
  intervalMs: () => hourMs,
  run: ({ db, now, settings }) =>
    sweepAvatarFiles({ db, storage: defaultAvatarStorage(settings) }, now()),
};

/**
 * Uploaded imports (the admin Import page, POST /imports) are worked in the background: every 5
 * seconds, so a run starts soon after its upload, the worker looks for QUEUED or interrupted runs
 * and works them one after the other; then it deletes the files of runs ended more than
 * IMPORT_FILE_RETENTION ago. Looking costs one indexed query when nothing waits.
 */
export const runImportsJob: JobDefinition = {
  name: "run-imports",
  intervalMs: () => 5_000,
  run: (deps) => runImports(deps),
};

/**
 * Every recurring job the worker runs (apps/api/src/worker). Add a job here and the worker
 * schedules it; its handler is a plain function of { db, now, settings }.
 */
export const jobs: readonly JobDefinition[] = [
  purgeActivitiesJob,
  reconcileStatsJob,
  deliverEmailsJob,
  expireInvitationsJob,
  sendInvitationRemindersJob,
  purgeRateLimitsJob,
  sweepAvatarFilesJob,
  runImportsJob,
];
