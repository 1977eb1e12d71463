import { AppError, appRouter, createContextInner } from "@ums/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import { getCurrentActor } from "../../../../server/auth/session";
import { requireDatabase } from "../../../../server/db";
import { requestMeta } from "../../../../server/request-meta";

/** tRPC for the browser: the signed-in user's session is the actor. */
function handler(request: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: async () =>
      createContextInner({
        db: requireDatabase(),
        actor: await getCurrentActor(),
        meta: requestMeta(request.headers),
        http: { ifMatch: request.headers.get("if-match"), responseHeaders: new Headers() },
      }),
    responseMeta: ({ ctx }) => ({ headers: ctx?.http.responseHeaders }),
    // Procedures log their own unexpected errors; this catches failures around them (context).
    onError: ({ error, path }) => {
      if (!(error instanceof AppError) && error.code === "INTERNAL_SERVER_ERROR") {
        console.error(`tRPC ${path ?? "(no procedure)"}:`, error);
      }
    },
  });
}

export { handler as GET, handler as POST };
