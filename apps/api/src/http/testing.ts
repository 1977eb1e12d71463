import { Writable } from "node:stream";

import { createPrismaClient } from "@ums/db";
import { parseSettings } from "@ums/db/settings";

import { createApp, type AppDependencies } from "../app";
import { createLogger, type LogLevel } from "./logger";

/** For tests: a logger that writes nothing. */
export const silentLogger = createLogger({ level: "silent" });

/** For tests: a logger whose lines are kept, to be read back as text or parsed objects. */
export function captureLogs(level: LogLevel = "debug") {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  const text = () => chunks.join("");
  return {
    logger: createLogger({ level, destination }),
    text,
    lines: () =>
      text()
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

/** Nothing listens on port 1: a database that is never reached (the HTTP layer needs none). */
const unreachableUrl = "postgresql://x:y@127.0.0.1:1/none";

/**
 * For tests of the HTTP layer: the real app, with settings from `env` (defaults otherwise), a
 * silent logger and a database that is never reached unless a route queries it.
 */
export function createTestApp(
  env: Record<string, string> = {},
  dependencies: Partial<AppDependencies> = {},
) {
  return createApp({
    db: createPrismaClient(unreachableUrl, { maxConnections: 1 }),
    settings: parseSettings(env),
    logger: silentLogger,
    ...dependencies,
  });
}
