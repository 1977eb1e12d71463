import { createPrismaClient } from "@ums/db";
import { openDatabase, redactUrl } from "@ums/db/lifecycle";
import { settings, SettingsError } from "@ums/db/settings";

import { startWorker } from "./worker/start-worker";

/** For a second signal, which cuts the shutdown short: the shell's convention, 128 + signal number. */
const interruptedExitCodes = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * The job worker on its own (`pnpm --filter @ums/api-server worker`), for running jobs apart from
 * the API servers (set WORKER_ENABLED=false on those) or next to them: several workers share the
 * work, and each job still runs once per interval.
 */
async function main(): Promise<void> {
  // Settings first: a bad value stops the process with its message before anything starts.
  const config = settings();

  // The shutdown below releases the database itself, last (see server.ts).
  const database = await openDatabase({ releaseOnExit: false });
  process.once("exit", () => {
    database.release();
  });

  const db = createPrismaClient(database.url);
  const worker = await startWorker({ url: database.url, db, settings: config }).catch(
    async (error: unknown) => {
      await db.$disconnect();
      database.release();
      throw error;
    },
  );
  const where = `${redactUrl(database.url)}${database.embedded ? " (embedded)" : ""}`;
  console.log(`Job worker running, database ${where}`);

  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(interruptedExitCodes[signal]);
      stopping = true;
      console.log(`${signal} received, stopping the job worker`);
      worker
        .stop()
        .then(() => db.$disconnect())
        .then(
          () => {
            database.release();
            process.exit(0);
          },
          (error: unknown) => {
            console.error("Shutdown failed:", error);
            process.exit(1);
          },
        );
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SettingsError ? error.message : error);
  process.exit(1);
});
