/**
 * The JavaScript a browser downloads to show each page of the last `next build` for the first
 * time: Next's root bootstrap chunks plus the page's own entry chunks, raw and gzipped. Next 16's
 * build output no longer prints these figures; this reads them from the build's manifests.
 *
 *   pnpm --filter @ums/web run size          (after `pnpm --filter @ums/web build`)
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

const nextDir = path.join(import.meta.dirname, "..", ".next");
const appServerDir = path.join(nextDir, "server", "app");

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
}

/** Every `page_client-reference-manifest.js` under the built app, recursively. */
function pageManifests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pageManifests(full);
    return name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

/** The manifest file assigns `globalThis.__RSC_MANIFEST[route] = {...}`: run it in a sandbox. */
function readClientManifest(file: string): Record<string, ClientReferenceManifest> {
  const sandbox: { self?: unknown; globalThis?: unknown; __RSC_MANIFEST?: unknown } = {};
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  return (sandbox.__RSC_MANIFEST ?? {}) as Record<string, ClientReferenceManifest>;
}

const sizes = new Map<string, { raw: number; gzip: number }>();
function sizeOf(chunk: string): { raw: number; gzip: number } {
  let size = sizes.get(chunk);
  if (size === undefined) {
    const bytes = readFileSync(path.join(nextDir, chunk));
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(chunk, size);
  }
  return size;
}

if (!existsSync(appServerDir)) {
  console.error("No build found: run `pnpm --filter @ums/web build` first.");
  process.exit(1);
}

const buildManifest = JSON.parse(
  readFileSync(path.join(nextDir, "build-manifest.json"), "utf8"),
) as { rootMainFiles: string[] };

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const rows: { route: string; raw: number; gzip: number }[] = [];
for (const file of pageManifests(appServerDir)) {
  for (const [key, manifest] of Object.entries(readClientManifest(file))) {
    const entries = manifest.entryJSFiles ?? {};
    const pageEntry = Object.keys(entries).find((name) => name.endsWith(`/app${key}`));
    const chunks = new Set([...buildManifest.rootMainFiles, ...(entries[pageEntry ?? ""] ?? [])]);
    let raw = 0;
    let gzip = 0;
    for (const chunk of chunks) {
      const size = sizeOf(chunk);
      raw += size.raw;
      gzip += size.gzip;
    }
    // "/(signed-in)/profile/page" → "/profile"
    const route = key.replace(/\/page$/, "").replaceAll(/\/\([^)]+\)/g, "") || "/";
    rows.push({ route, raw, gzip });
  }
}

rows.sort((a, b) => a.route.localeCompare(b.route));
const width = Math.max(...rows.map((row) => row.route.length), "Route".length);
console.log(`${"Route".padEnd(width)}  ${"First-load JS".padStart(13)}  ${"gzipped".padStart(9)}`);
for (const row of rows) {
  console.log(
    `${row.route.padEnd(width)}  ${kB(row.raw).padStart(13)}  ${kB(row.gzip).padStart(9)}`,
  );
}
