import { appRouter, createHttpContext, toAppError } from "@ums/api";
import type { Db } from "@ums/db";
import type { Settings } from "@ums/db/settings";
import type { HttpBindings } from "@hono/node-server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";

/** Where the tRPC router is served, for TypeScript services that use @trpc/client. */
export const trpcEndpoint = "/trpc";

/**
 * The whole tRPC router over HTTP at /trpc, with the same authentication as the REST endpoints
 * (a bearer JWT or API key, resolved by createHttpContext). A refused credential is 401 with a
 * WWW-Authenticate challenge, as everywhere else.
 */
export function trpcRoutes({ db, settings }: { db: Db; settings: Settings }) {
  return new Hono<{ Bindings: Partial<HttpBindings> }>().all(`${trpcEndpoint}/*`, (c) =>
    fetchRequestHandler({
      endpoint: trpcEndpoint,
      req: c.req.raw,
      router: appRouter,
      createContext: () =>
        createHttpContext({
          db,
          settings,
          headers: c.req.raw.headers,
          // Under @hono/node-server the Node request is in env; in-process (app.request) there is none.
          remoteAddress:
            (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.remoteAddress ?? null,
        }),
      responseMeta: ({ errors }) =>
        errors.some((error) => toAppError(error).appCode === "UNAUTHENTICATED")
          ? { headers: new Headers({ "WWW-Authenticate": 'Bearer realm="user-service"' }) }
          : {},
      onError: ({ error, path }) => {
        if (toAppError(error).appCode === "INTERNAL")
          console.error(`tRPC ${path ?? "?"} failed:`, error);
      },
    }),
  );
}
