import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

import { Hono } from "hono";

import type { AppEnv } from "../http/env";
import { createOpenApiDocument } from "../rest/openapi-document";

export const docsPath = "/docs";
export const openApiPath = "/openapi.json";

/** The Swagger UI files the page needs, served from the installed package (works offline). */
const assets = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
} as const;

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>User Management Service API reference</title>
    <link rel="icon" type="image/png" href="${docsPath}/assets/favicon-32x32.png" />
    <link rel="stylesheet" href="${docsPath}/assets/swagger-ui.css" />
  </head>
  <body>
    <main id="reference"></main>
    <script src="${docsPath}/assets/swagger-ui-bundle.js"></script>
    <script src="${docsPath}/init.js"></script>
  </body>
</html>
`;

// A file, not an inline script, so the page's content security policy can forbid inline scripts.
const init = `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(openApiPath)},
  dom_id: "#reference",
  deepLinking: true,
  persistAuthorization: false,
  tryItOutEnabled: false,
  displayRequestDuration: true,
});
`;

/**
 * `GET /openapi.json`: the OpenAPI 3.1 reference generated from the procedures (built once, at
 * the first request). `GET /docs`: an interactive page for it (Swagger UI), with every asset
 * served by this app, so it works without the internet.
 */
export function referenceRoutes({ version }: { version: string }) {
  let document: string | undefined;
  const assetDirectory = dirname(
    createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"),
  );
  const assetCache = new Map<string, Buffer>();

  return new Hono<AppEnv>()
    .get(openApiPath, (c) => {
      document ??= JSON.stringify(createOpenApiDocument({ version }));
      c.header("Cache-Control", "no-cache");
      return c.body(document, 200, { "Content-Type": "application/json; charset=utf-8" });
    })
    .get(docsPath, (c) => c.html(page))
    .get(`${docsPath}/init.js`, (c) =>
      c.body(init, 200, { "Content-Type": "text/javascript; charset=utf-8" }),
    )
    .get(`${docsPath}/assets/:file`, async (c) => {
      const file = c.req.param("file");
      if (!Object.hasOwn(assets, file)) return c.notFound();
      let content = assetCache.get(file);
      if (content === undefined) {
        content = await readFile(join(assetDirectory, file));
        assetCache.set(file, content);
      }
      c.header("Cache-Control", "public, max-age=86400");
      return c.body(new Uint8Array(content), 200, {
        "Content-Type": assets[file as keyof typeof assets],
      });
    });
}
