import { runImports, type RunImportsReport } from "@ums/api/jobs";
import { createPrismaClient } from "@ums/db";
import { settings } from "@ums/db/settings";

import { runtime } from "./runtime";

/**
 * Works the queued import runs now, as the API server's job worker does every 5 seconds (the same
 * job, `runImports`, on the run's database). The e2e apps run without their worker
 * (WORKER_ENABLED=false in the global setup), so that the outbox and the other jobs stay still
 * while other specs look at them; an import spec calls this after each upload instead.
 */
export async function workQueuedImports(): Promise<RunImportsReport> {
  const db = createPrismaClient(runtime().databaseUrl, { maxConnections: 2 });
  try {
    return await runImports({ db, now: () => new Date(), settings: settings() });
  } finally {
    await db.$disconnect();
  }
}
