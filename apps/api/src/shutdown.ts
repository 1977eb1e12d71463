import type { ServerType } from "@hono/node-server";
import type { Logger } from "pino";

import { closeServer } from "./http/node-server";
import type { Worker } from "./worker/start-worker";

export interface ShutdownOptions {
  server: ServerType;
  /** how long requests in flight may take to finish before their connections are cut */
  graceMs: number;
  /** the job worker, if one runs by the time the shutdown starts */
  worker: () => Worker | undefined;
  db: { $disconnect: () => Promise<void> };
  database: { release: () => void };
  logger: Logger;
}

/**
 * The API server's orderly stop, in this order: stop accepting connections and let requests in
 * flight finish (up to `graceMs`); stop the job worker (its jobs still use the database); disconnect
 * Prisma; release the database (an embedded one is stopped). A worker that does not stop cleanly
 * is logged and the rest carries on; any other failure rejects.
 */
export async function shutdown(options: ShutdownOptions): Promise<void> {
  const { logger } = options;
  await closeServer(options.server, options.graceMs);
  logger.info("HTTP server closed; requests in flight finished");
  await options
    .worker()
    ?.stop()
    .catch((error: unknown) => {
      logger.error({ err: error }, "Job worker did not stop cleanly");
    });
  await options.db.$disconnect();
  options.database.release();
}
