import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { parseSettings } from "../settings";
import { localSecrets } from "./local-secrets";

const dir = mkdtempSync(path.join(os.tmpdir(), "ums-secrets-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("localSecrets", () => {
  it("makes a key once, keeps it private, and gives the same one every time", () => {
    const first = localSecrets({}, dir);
    expect(first.OUTBOX_ENCRYPTION_KEY).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // A JWT secret, so that `pnpm token` can sign bearer tokens for local REST calls.
    expect(first.AUTH_JWT_SECRET).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.AUTH_JWT_SECRET).not.toBe(first.OUTBOX_ENCRYPTION_KEY);
    // The web app's session secret, which next-auth requires in production mode (`pnpm start`).
    expect(first.NEXTAUTH_SECRET).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(localSecrets({}, dir)).toEqual(first);
    expect(statSync(path.join(dir, "local-secrets.json")).mode & 0o777).toBe(0o600);
    // Enough for a production-mode run of the apps on this machine.
    expect(() =>
      parseSettings({
        NODE_ENV: "production",
        USER_DATABASE_URL: "postgresql://localhost/db",
        ...first,
      }),
    ).not.toThrow();
  });

  it("never overrides a value the environment sets", () => {
    expect(localSecrets({ OUTBOX_ENCRYPTION_KEY: "x".repeat(40) }, dir)).toEqual({
      AUTH_JWT_SECRET: expect.any(String) as string,
      NEXTAUTH_SECRET: expect.any(String) as string,
    });
    expect(
      localSecrets(
        {
          OUTBOX_ENCRYPTION_KEY: "x".repeat(40),
          AUTH_JWT_SECRET: "y".repeat(40),
          NEXTAUTH_SECRET: "z".repeat(40),
        },
        dir,
      ),
    ).toEqual({});
  });
});
