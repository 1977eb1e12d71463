import {
  advisoryLockKey,
  jobs as registeredJobs,
  runExclusively,
  type JobDefinition,
} from "@ums/api/jobs";
import type { Db } from "@ums/db";
import type { Settings } from "@ums/db/settings";
import PgBoss from "pg-boss";

export interface StartWorkerOptions {
  /** the application's database: pg-boss keeps its queues there, in its own schema */
  url: string;
  db: Db;
  settings: Settings;
  /** default: every job of the registry (packages/api/src/jobs/jobs.ts) */
  jobs?: readonly JobDefinition[];
  /** the clock handed to the jobs (default: the real one) */
  now?: () => Date;
  /** default "pgboss" */
  schema?: string;
  /** how often an idle worker looks for due jobs (default 2 s; pg-boss allows 0.5 s at least) */
  pollingIntervalSeconds?: number;
  log?: (line: string) => void;
  logError?: (line: string, error: unknown) => void;
}

export interface Worker {
  /** Stops scheduling, lets running jobs finish (up to 30 s), and closes pg-boss's connections. */
  stop: () => Promise<void>;
}

/** How long pg-boss lets a job run before it counts as expired and retries it (the lock still holds). */
const jobExpirySeconds = 3600;
/** Jobs stay in pg-boss's job table at least this long after they finish (its default). */
const minimumArchiveSeconds = 12 * 3600;

/**
 * Starts the job worker: pg-boss on the application's database (schema `pgboss`), running every job
 * of the registry once per interval, whatever the number of workers.
 *
 * Scheduling: pg-boss's schedule() only takes cron, which cannot say "every 7h" or follow a setting
 * exactly; so each worker has an in-process ticker that, every half interval (at most every
 * minute), sends the job with singletonKey = its name and singletonSeconds = its interval. pg-boss
 * puts the job in the slot of the database clock's time (epoch divided into intervals) and its
 * unique index takes one job per slot, so however many workers tick, a slot gets one job, and every
 * slot gets one because each worker ticks at least twice in it. A worker sends at start-up too, so
 * a fresh deployment runs each job at once, and a restart in the same slot does not run it again.
 *
 * Exclusivity: pg-boss hands each job to one worker (SKIP LOCKED). A run that outlasts its slot
 * could still overlap the next slot's job on another worker: each run goes through runExclusively,
 * whose advisory lock makes the second one return "skipped" at once.
 */
export async function startWorker(options: StartWorkerOptions): Promise<Worker> {
  const {
    db,
    settings,
    jobs = registeredJobs,
    now = () => new Date(),
    log = (line) => {
      console.log(line);
    },
    logError = (line, error) => {
      console.error(line, error);
    },
  } = options;
  const slots = jobs.map((job) => ({ job, seconds: slotSeconds(job, settings) }));
  const boss = new PgBoss({
    connectionString: options.url,
    schema: options.schema ?? "pgboss",
    application_name: "ums-worker",
    max: 4,
    // The tickers below schedule; pg-boss's cron clock is not needed.
    schedule: false,
    // A finished job must stay in the job table for its whole slot: that is what keeps the slot's
    // other sends out (pg-boss also refuses a singletonSeconds above this).
    archiveCompletedAfterSeconds: Math.max(
      minimumArchiveSeconds,
      ...slots.map((slot) => slot.seconds),
    ),
  });
  // pg-boss reports connection trouble as "error" events; unheard, they would crash the process.
  boss.on("error", (error) => {
    logError("Job worker error:", error);
  });
  await boss.start();

  const tickers: NodeJS.Timeout[] = [];
  const stop = async () => {
    for (const ticker of tickers) clearInterval(ticker);
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  };

  try {
    for (const { job } of slots) {
      await createQueue(boss, db, job.name);
      await boss.work(
        job.name,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        () => runJob(job),
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }

  async function runJob(job: JobDefinition): Promise<void> {
    const started = performance.now();
    const elapsed = () => `${Math.round(performance.now() - started)} ms`;
    try {
      const outcome = await runExclusively(db, job.name, () => job.run({ db, now, settings }));
      log(
        outcome.skipped
          ? `Job ${job.name}: skipped, another worker is running it`
          : `Job ${job.name}: done in ${elapsed()}${describeResult(outcome.result)}`,
      );
    } catch (error) {
      logError(`Job ${job.name}: failed after ${elapsed()} (pg-boss retries it):`, error);
      throw error;
    }
  }

  const send = (job: JobDefinition, seconds: number) => {
    boss
      .send(
        job.name,
        {},
        {
          singletonKey: job.name,
          singletonSeconds: seconds,
          expireInSeconds: jobExpirySeconds,
          retryLimit: 2,
          retryDelay: 30,
          retryBackoff: true,
        },
      )
      .catch((error: unknown) => {
        logError(`Job ${job.name}: could not be scheduled (the next tick tries again):`, error);
      });
  };
  for (const { job, seconds } of slots) {
    send(job, seconds);
    tickers.push(setInterval(send, Math.min((seconds * 1000) / 2, 60_000), job, seconds));
  }
  log(
    `Job worker started: ${
      slots.map(({ job, seconds }) => `${job.name} every ${formatSeconds(seconds)}`).join(", ") ||
      "no jobs"
    }`,
  );

  return { stop };
}

/**
 * Starts the worker for a process whose main work is something else (the API server): a worker
 * that cannot start is logged, not thrown, so the process carries on without it.
 */
export async function startWorkerSafely(options: StartWorkerOptions): Promise<Worker | undefined> {
  try {
    return await startWorker(options);
  } catch (error) {
    (options.logError ?? console.error)(
      "Job worker could not start; serving without it (run `pnpm --filter @ums/api-server worker`):",
      error,
    );
    return undefined;
  }
}

/**
 * Creates pg-boss's queue `name` unless it exists. pg-boss 10's create_queue deadlocks when two
 * processes create queues at the same time (each inserts its queue row, then both want the lock
 * that adding the partition's foreign key to the queue table takes), which is exactly what two
 * workers starting together on a fresh database do; so creators take turns on an advisory lock.
 */
async function createQueue(boss: PgBoss, db: Db, name: string): Promise<void> {
  if (await boss.getQueue(name)) return;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${advisoryLockKey("pg-boss create_queue")}::bigint)`;
      await boss.createQueue(name);
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

/** A job's interval in whole seconds (pg-boss's unit), at least one. */
function slotSeconds(job: JobDefinition, settings: Settings): number {
  return Math.max(1, Math.round(job.intervalMs(settings) / 1000));
}

function formatSeconds(seconds: number): string {
  for (const [unit, size] of [
    ["d", 86_400],
    ["h", 3600],
    ["m", 60],
  ] as const) {
    if (seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

/** A job's result as the end of its log line, e.g. ` {"deleted":12}` (JSON, on one line). */
function describeResult(result: unknown): string {
  if (result === undefined) return "";
  try {
    return ` ${JSON.stringify(result)}`;
  } catch {
    return " (a result that is not JSON)";
  }
}
