import type { DatabaseHandle } from "@ums/db/lifecycle";

/**
 * What the global setup hands the global teardown in the runner process (both run there): the
 * database lease, which cannot be written to a file. Process groups go through runtime.json too,
 * so a teardown can stop them even if this module were loaded afresh.
 */
export const runState: { database?: DatabaseHandle; processGroups: number[] } = {
  processGroups: [],
};
