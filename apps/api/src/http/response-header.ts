import type { Context } from "hono";

/**
 * Sets a header on the response a route has already produced, from a middleware after `next()`.
 *
 * Hono's `c.header()` at that point rebuilds the response: it asks whether the body was used,
 * which turns @hono/node-server's lightweight response into a full web `Response`, then copies it
 * into a new one, whose body must be streamed out instead of written at once; each call costs an
 * allocation of both (about a tenth of the CPU time of a small GET). The response's own headers
 * take the value in place and keep the fast path. Headers that cannot be changed (a response
 * another fetch returned) still go through `c.header()`.
 */
export function setResponseHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.header(name, value);
  }
}
