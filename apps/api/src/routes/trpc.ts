import { appRouter, createHttpContext, toAppError, type AvatarStorage } from "@ums/api";
import type { Db } from "@ums/db";
import type { Settings } from "@ums/db/settings";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";

import { clientIp } from "../http/client-ip";
import type { AppEnv } from "../http/env";
import { authenticateChallenge } from "../http/error-handler";

/** Where the tRPC router is served, for TypeScript services that use @trpc/client. */
export const trpcEndpoint = "/trpc";

/**
 * The whole tRPC router over HTTP at /trpc, with the same authentication as the REST endpoints
 * (a bearer JWT or API key, resolved by createHttpContext). A refused credential is 401 with a
 * WWW-Authenticate challenge, as everywhere else.
 */
export function trpcRoutes({
  db,
  settings,
  avatarStorage,
}: {
  db: Db;
  settings: Settings;
  avatarStorage?: AvatarStorage;
}) {
  return new Hono<AppEnv>().all(`${trpcEndpoint}/*`, (c) =>
    fetchRequestHandler({
      endpoint: trpcEndpoint,
      req: c.req.raw,
      router: appRouter,
      // resHeaders: what a procedure sets (ETag) reaches tRPC clients as well.
      createContext: ({ resHeaders }) =>
        createHttpContext({
          responseHeaders: resHeaders,
          db,
          settings,
          headers: c.req.raw.headers,
          remoteAddress: clientIp(c),
          avatarStorage,
        }),
      responseMeta: ({ errors }) =>
        errors.some((error) => toAppError(error).appCode === "UNAUTHENTICATED")
          ? { headers: new Headers({ "WWW-Authenticate": authenticateChallenge }) }
          : {},
      onError: ({ error, path }) => {
        if (toAppError(error).appCode === "INTERNAL")
          c.var.logger.error({ err: error, procedure: path ?? null }, `tRPC ${path ?? "?"} failed`);
      },
    }),
  );
}
