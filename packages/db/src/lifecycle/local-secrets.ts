import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { localDataDir } from "./paths";

/** Settings a local run needs a private value for, which production sets itself. */
const generated = ["OUTBOX_ENCRYPTION_KEY", "AUTH_JWT_SECRET", "NEXTAUTH_SECRET"] as const;

/**
 * Secrets for running the product on this machine (`pnpm start`, `pnpm dev`): random values made
 * once and kept in .data/local-secrets.json (readable by this user only), so what was encrypted
 * yesterday still decrypts today. A value already in the environment always wins. Production
 * deployments set their own; these never leave the machine.
 */
export function localSecrets(
  env: NodeJS.ProcessEnv = process.env,
  dataDir: string = localDataDir(),
): Record<string, string> {
  const file = path.join(dataDir, "local-secrets.json");
  const stored = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)
    : {};
  let changed = false;
  for (const name of generated) {
    if (stored[name] === undefined) {
      stored[name] = randomBytes(32).toString("base64url");
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return Object.fromEntries(
    generated.flatMap((name) => (env[name] ? [] : [[name, stored[name] ?? ""]])),
  );
}
