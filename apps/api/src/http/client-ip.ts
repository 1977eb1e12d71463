import type { Context } from "hono";

import type { AppEnv } from "./env";

/**
 * The address of the peer, as the Node server saw it; null in-process (`app.request()`).
 * Behind a reverse proxy this is the proxy's address: X-Forwarded-For is not trusted here.
 */
export function clientIp(c: Context<AppEnv>): string | null {
  // Under @hono/node-server the Node request is in env; in-process there is no env at all.
  const env = c.env as AppEnv["Bindings"] | undefined;
  const address = env?.incoming?.socket.remoteAddress;
  if (address === undefined) return null;
  // A dual-stack server sees IPv4 clients as IPv4-mapped IPv6 ("::ffff:1.2.3.4"): one client, one address.
  return address.toLowerCase().startsWith("::ffff:") && address.includes(".")
    ? address.slice("::ffff:".length)
    : address;
}
