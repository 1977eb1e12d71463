import { createMiddleware } from "hono/factory";
import type { Logger } from "pino";

import { clientIp } from "./client-ip";
import type { AppEnv } from "./env";

/**
 * Gives each request a child logger carrying its request id (`c.var.logger`), and writes one line
 * per request once its response is known: method, path (never the query string: it can carry
 * tokens), status, duration, request id, client IP and user agent. Runs after requestId().
 */
export function accessLog(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    const requestLogger = logger.child({ request_id: c.var.requestId });
    c.set("logger", requestLogger);
    await next();
    const status = c.res.status;
    requestLogger[status >= 500 ? "error" : "info"](
      {
        method: c.req.method,
        path: c.req.path,
        status,
        duration_ms: Math.round((performance.now() - started) * 100) / 100,
        ip: clientIp(c),
        user_agent: c.req.header("user-agent") ?? null,
      },
      "request completed",
    );
  });
}
