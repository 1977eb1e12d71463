import type { HttpBindings } from "@hono/node-server";
import type { Logger } from "pino";

/**
 * What the HTTP layer puts in every request's Hono context, for handlers to use:
 * `c.var.requestId` (also echoed in `X-Request-Id`) and `c.var.logger` (a pino child logger whose
 * lines carry that id). Bindings: the Node request under @hono/node-server; none in-process
 * (`app.request()` in tests).
 */
export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: {
    requestId: string;
    logger: Logger;
  };
}
