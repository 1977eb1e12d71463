import "server-only";

import type { RequestMeta } from "@ums/api";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * Where a request came from, for the sign-in limits and the activity log. Next's server has no
 * peer address to hand to route handlers; it puts the socket's address into X-Forwarded-For when
 * the request has none, and a proxy in front puts the client's there. The first entry is the
 * client as the outermost proxy saw it.
 */
export function requestMeta(headers: HeaderSource): RequestMeta {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  const realIp = header(headers, "x-real-ip")?.trim();
  const ip = [forwarded, realIp].find((address) => address !== undefined && address !== "");
  return { ip: ip ?? null, userAgent: header(headers, "user-agent") };
}
