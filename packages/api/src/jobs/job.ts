import type { Db } from "@ums/db";
import type { Settings } from "@ums/db/settings";

/**
 * What a job handler gets: the database, a clock and the settings. Handlers are plain functions of
 * these, so tests run them directly with a fixed clock, and the worker with the real one.
 */
export interface JobDeps {
  db: Db;
  now: () => Date;
  settings: Settings;
}

/** A recurring job: the worker runs `run` once every `intervalMs(settings)`, in one worker at a time. */
export interface JobDefinition {
  /** the pg-boss queue name, and the key of its advisory lock: letters, digits and hyphens */
  name: string;
  intervalMs: (settings: Settings) => number;
  /** does the work; what it returns (e.g. `{ deleted: 12 }`) is logged as the job's result */
  run: (deps: JobDeps) => Promise<unknown>;
}
