import { tmpdir } from "node:os";
import path from "node:path";

import type { Db } from "@ums/db";
import { parseSettings, type Settings } from "@ums/db/settings";

import type { Actor } from "../auth/actor";
import type { RequestMeta } from "../auth/request-meta";
import { createContextInner } from "../context";
import { createCaller } from "../root";
import { createLocalAvatarStorage } from "../services/avatars/storage/local-avatar-storage";

/** Settings for tests: the defaults, with a known app URL and JWT secret. */
export const testSettings: Settings = parseSettings({
  APP_URL: "https://learn.example.test",
  AUTH_JWT_SECRET: "test-secret-test-secret-test-secret-0123",
});

export const testMeta: RequestMeta = {
  ip: "198.51.100.7",
  userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0",
};

/** Avatars written by tests go to a folder of their own, never into the repository's .data. */
export const testAvatarStorage = createLocalAvatarStorage({
  directory: path.join(tmpdir(), `ums-test-avatars-${process.pid}`),
  publicBaseUrl: "http://api.test",
});

/**
 * A tRPC caller acting as `actor`, as any door would after authenticating it; `settings` replace
 * some of the test settings.
 */
export function callerAs(
  db: Db,
  actor: Actor,
  meta: RequestMeta = testMeta,
  settings: Partial<Settings> = {},
) {
  return createCaller(
    createContextInner({
      db,
      actor,
      meta,
      settings: { ...testSettings, ...settings },
      avatarStorage: testAvatarStorage,
    }),
  );
}
