import { stopProcessGroups } from "./apps";
import { runState } from "./state";

/**
 * After the run: stops both apps (their whole process groups), then gives the database back. The
 * e2e database stays until the next run drops it, for looking into a failure.
 */
export default async function globalTeardown(): Promise<void> {
  await stopProcessGroups(runState.processGroups);
  runState.processGroups = [];
  runState.database?.release();
  runState.database = undefined;
}
