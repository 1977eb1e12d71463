import type { Context } from "hono";

/**
 * Whether the request carries a body: HTTP/1.1 announces one with Transfer-Encoding or a
 * non-zero Content-Length (a request with neither has none, whatever its method).
 */
export function hasBody(c: Context): boolean {
  if (c.req.header("transfer-encoding") !== undefined) return true;
  const length = Number(c.req.header("content-length") ?? "0");
  return !Number.isFinite(length) || length !== 0;
}

/** The media type of Content-Type without its parameters, lower case; "" when absent. */
export function mediaType(c: Context): string {
  return (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}
