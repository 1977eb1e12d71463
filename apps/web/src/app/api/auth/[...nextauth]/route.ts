import NextAuth from "next-auth";

import { authOptions } from "../../../../server/auth/options";

interface RouteContext {
  params: Promise<{ nextauth: string[] }>;
}

/** next-auth's endpoints (/api/auth/csrf, /signin, /callback/*, /session, /signout, ...). */
function handler(request: Request, context: RouteContext): Promise<Response> {
  // Built per request from the lazily made options, so the build never reads the settings.
  return (
    NextAuth(authOptions()) as (request: Request, context: RouteContext) => Promise<Response>
  )(request, context);
}

export { handler as GET, handler as POST };
