import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo's root: the nearest folder above this package that holds pnpm-workspace.yaml. */
export function repositoryRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "pnpm-workspace.yaml"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("Could not find the repository root (pnpm-workspace.yaml)");
    dir = parent;
  }
  return dir;
}

/** Git-ignored folder for local state: the embedded PostgreSQL cluster, stored avatars, job state. */
export function localDataDir(): string {
  return path.join(repositoryRoot(), ".data");
}
