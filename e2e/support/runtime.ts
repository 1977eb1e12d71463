import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The e2e package folder. */
export const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The repository root. */
export const repositoryDir = path.resolve(e2eDir, "..");
/** Per-run state: runtime.json (URLs, secrets, process ids) and the apps' logs. Gitignored. */
export const runtimeDir = path.join(e2eDir, ".runtime");
const runtimeFile = path.join(runtimeDir, "runtime.json");

/** Fixed secrets of the e2e run: the apps under test and the tests share them. */
export const e2eSecrets = {
  NEXTAUTH_SECRET: "e2e-nextauth-secret-0123456789-abcdefghijklmnop",
  AUTH_JWT_SECRET: "e2e-auth-jwt-secret-0123456789-abcdefghijklmnop",
  OUTBOX_ENCRYPTION_KEY: "e2e-outbox-encryption-key-0123456789-abcdefgh",
} as const;

/** What the global setup tells the tests (and the teardown) about the run. */
export interface Runtime {
  /** e.g. http://localhost:41234 (no trailing slash) */
  webUrl: string;
  apiUrl: string;
  /** the run's own database (dropped and recreated by every run) */
  databaseUrl: string;
  authJwtSecret: string;
  nextAuthSecret: string;
  /** process group ids of the apps the setup started (for stopping them by hand after a crash) */
  processGroups: number[];
}

export function writeRuntime(runtime: Runtime): void {
  mkdirSync(runtimeDir, { recursive: true });
  writeFileSync(runtimeFile, `${JSON.stringify(runtime, null, 2)}\n`, { mode: 0o600 });
}

let cached: Runtime | undefined;

/** The run's URLs and secrets, as written by the global setup. */
export function runtime(): Runtime {
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(runtimeFile, "utf8");
  } catch {
    throw new Error(
      `No ${path.relative(repositoryDir, runtimeFile)}: the global setup did not run (start the tests with \`pnpm --filter @ums/e2e test\`).`,
    );
  }
  cached = JSON.parse(text) as Runtime;
  return cached;
}
