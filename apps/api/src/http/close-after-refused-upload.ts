import { createMiddleware } from "hono/factory";

import type { AppEnv } from "./env";
import { setResponseHeader } from "./response-header";

/**
 * `Connection: close` on a refused upload to one of `paths` (a POST answered 4xx or 5xx): the
 * refusal may come before the body was read to its end (a bad field, a file over the limit), and
 * the server then drops the rest and closes the connection, so the client must not send its next
 * request on it. Registered outside the body limit, so that its 413 gets the header too.
 */
export function closeAfterRefusedUpload(paths: readonly string[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    if (c.req.method === "POST" && paths.includes(c.req.path) && c.res.status >= 400) {
      setResponseHeader(c, "Connection", "close");
    }
  });
}
