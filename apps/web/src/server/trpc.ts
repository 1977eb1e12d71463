import "server-only";

import { createCaller, createContextInner } from "@ums/api";
import { headers } from "next/headers";
import { cache } from "react";

import { getCurrentActor } from "./auth/session";
import { requireDatabase } from "./db";
import { requestMeta } from "./request-meta";

/**
 * The API for server components: the routers called in-process as the signed-in user (or
 * anonymously), with this request's address and user agent. One caller per request.
 */
export const api = cache(async () => {
  const [actor, requestHeaders] = await Promise.all([getCurrentActor(), headers()]);
  return createCaller(
    createContextInner({
      db: requireDatabase(),
      actor,
      meta: requestMeta(requestHeaders),
    }),
  );
});
