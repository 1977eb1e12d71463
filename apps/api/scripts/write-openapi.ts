/**
 * Writes the OpenAPI document to a file (default: openapi.json here), for linting and for client
 * generators: `pnpm --filter @ums/api-server openapi [path]`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname } from "node:path";

import { createOpenApiDocument } from "../src/rest/openapi-document";

const target = process.argv[2] ?? "openapi.json";
const { version } = createRequire(import.meta.url)("../package.json") as { version: string };
await mkdir(dirname(target), { recursive: true });
await writeFile(target, `${JSON.stringify(createOpenApiDocument({ version }), null, 2)}\n`);
console.log(`Wrote ${target}`);
