import { createPrismaClient } from "@ums/db";
import { openDatabase, redactUrl } from "@ums/db/lifecycle";
import { settings, SettingsError } from "@ums/db/settings";

import { createApp } from "./app";
import { createLogger } from "./http/logger";
import { listen } from "./http/node-server";
import { listenPort } from "./listen-port";
import { shutdown } from "./shutdown";
import { StartupError } from "./startup-error";
import { startWorkerSafely, type Worker } from "./worker/start-worker";

/** How long requests in flight may finish after a stop signal. */
const shutdownGraceMs = 10_000;
/** For a second signal, which cuts the shutdown short: the shell's convention, 128 + signal number. */
const interruptedExitCodes = { SIGINT: 130, SIGTERM: 143 } as const;

async function main(): Promise<void> {
  // Settings first: a bad value stops the process with its message before anything starts.
  const port = listenPort(process.env, settings().API_PORT);
  const logger = createLogger({ level: settings().LOG_LEVEL });

  // The shutdown below releases the database itself, last. openDatabase's own exit handlers would
  // run first and could stop the embedded server while requests and the pool still use it.
  const database = await openDatabase({ releaseOnExit: false });
  // For exits that bypass the shutdown (a crash, process.exit elsewhere); release is idempotent.
  process.once("exit", () => {
    database.release();
  });

  const db = createPrismaClient(database.url);
  const server = await listen(createApp({ db, logger }), port).catch(async (error: unknown) => {
    await db.$disconnect();
    database.release();
    throw error;
  });
  const where = `${redactUrl(database.url)}${database.embedded ? " (embedded)" : ""}`;
  logger.info(`API server listening on http://localhost:${port}, database ${where}`);

  let worker: Worker | undefined;
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      // A second signal means "stop now"; the exit handler still releases the database.
      if (stopping) process.exit(interruptedExitCodes[signal]);
      stopping = true;
      logger.info(`${signal} received, shutting down`);
      shutdown({
        server,
        graceMs: shutdownGraceMs,
        worker: () => worker,
        db,
        database,
        logger,
      }).then(
        () => {
          // A requested stop that completed cleanly is a success, not a failure to report.
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, "Shutdown failed");
          process.exit(1);
        },
      );
    });
  }

  // The job worker, once the server is up; if it cannot start, the API serves without it.
  if (settings().WORKER_ENABLED) {
    worker = await startWorkerSafely({ url: database.url, db, settings: settings() });
  } else {
    logger.info("Job worker disabled (WORKER_ENABLED=false)");
  }
}

main().catch((error: unknown) => {
  // Problems the user can fix are told in words; a stack trace would only bury the message.
  const fixable = error instanceof SettingsError || error instanceof StartupError;
  console.error(fixable ? error.message : error);
  process.exit(1);
});
