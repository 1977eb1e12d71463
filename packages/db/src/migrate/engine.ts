import type {} from "./webassembly";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";

import { createMigrationAdapterFactory } from "./migration-adapter";
import { schemaPath } from "./migrations-folder";

const require = createRequire(import.meta.url);

let engineClass: Promise<typeof SchemaEngine> | undefined;
let lastPanic: string | undefined;

/**
 * Instantiates Prisma's schema engine compiled to WebAssembly, once per process. The native engine
 * that `prisma migrate` uses cannot be downloaded on our machines; this one ships inside the npm
 * package (@prisma/schema-engine-wasm, the build matching Prisma 7.10.0) and produces the same
 * migration folders and `_prisma_migrations` table.
 */
function loadEngineClass(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    // The engine reports the message of a Rust panic here before throwing a bare "unreachable".
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => {
        lastPanic = message;
      },
    };
    // The package does not export the .wasm file itself; it sits beside the exported JS glue.
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
    const module = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(module, {
      "./schema_engine_bg.js": withUnrefTimers(engineGlue),
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    engineGlue.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return engineGlue.SchemaEngine;
  })();
  return engineClass;
}

/** Runs `work` with a schema engine connected to `url`, and frees the engine afterwards. */
export async function withSchemaEngine<T>(
  url: string,
  work: (engine: SchemaEngine, schema: { path: string; content: string }) => Promise<T>,
): Promise<T> {
  const Engine = await loadEngineClass();
  const schema = { path: schemaPath, content: await readFile(schemaPath, "utf8") };
  const { factory, close } = createMigrationAdapterFactory(url);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(`[schema-engine] ${message}`);
  };
  const engine = await Engine.new({ datamodels: [[schema.path, schema.content]] }, log, adapter);
  try {
    return await work(engine, schema);
  } catch (error) {
    if (lastPanic === undefined) throw error;
    const message = lastPanic;
    lastPanic = undefined;
    throw new Error(`Prisma's schema engine crashed: ${message}`, { cause: error });
  } finally {
    engine.free();
    await close();
  }
}

/**
 * The engine arms timers (lock and connection timeouts) that it never clears; with Node's default
 * they would keep a finished CLI alive for 10 s. Unref'd timers still fire while work is pending.
 */
function withUnrefTimers(glue: typeof engineGlue): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const name of Object.keys(imports)) {
    if (name.startsWith("__wbg_setTimeout_")) {
      imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
  }
  return imports;
}
