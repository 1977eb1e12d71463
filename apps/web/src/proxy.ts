import { NextResponse, type NextRequest } from "next/server";

import { pathHeader } from "./lib/path-header";

/**
 * Tells server components which URL is being rendered (layouts are not told), so a protected
 * page can send someone to /sign-in?callbackUrl=<that URL>. Always overwritten: never what the
 * client sent.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(pathHeader, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the API routes, the health check or static files.
  matcher: [
    "/((?!api/|health|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico|webp|woff2?)$).*)",
  ],
};
