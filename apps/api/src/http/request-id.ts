import { createMiddleware } from "hono/factory";

import type { AppEnv } from "./env";
import { setResponseHeader } from "./response-header";

export const requestIdHeader = "X-Request-Id";

/** An incoming id is kept when it is this sane; anything else is replaced (it ends up in logs). */
const saneRequestId = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * Gives every request an id: the caller's `X-Request-Id` when sane (so a request can be traced
 * across services), otherwise a new UUID. Handlers read it as `c.var.requestId`; every response,
 * errors included, echoes it in `X-Request-Id`.
 */
export function requestId() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const incoming = c.req.header(requestIdHeader);
    const id =
      incoming !== undefined && saneRequestId.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", id);
    await next();
    setResponseHeader(c, requestIdHeader, id);
  });
}
