import "server-only";

import { database } from "./db";

/** What the home page tells about the directory: its size, or why it cannot be read. */
export type DirectorySummary =
  | { state: "connected"; organizations: number; users: number }
  | { state: "unreachable" }
  | { state: "not-configured"; problem: string };

/** Counts organizations and users; a database failure is reported (and logged), never thrown. */
export async function readDirectorySummary(): Promise<DirectorySummary> {
  const access = database();
  if (access.db === undefined) return { state: "not-configured", problem: access.problem };
  try {
    const [organizations, users] = await Promise.all([
      access.db.organization.count(),
      access.db.user.count(),
    ]);
    return { state: "connected", organizations, users };
  } catch (error) {
    console.error("Could not read the directory summary:", error);
    return { state: "unreachable" };
  }
}
