import { errorBody } from "@ums/api";
import { createMiddleware } from "hono/factory";
import { TrieRouter } from "hono/router/trie-router";

import type { AppEnv } from "./env";

/** What methodNotAllowed reads of the app: its routes (a Hono app is one). */
export interface RouteTable {
  routes: readonly { method: string; path: string }[];
}

/**
 * 405 METHOD_NOT_ALLOWED, with an `Allow` header, for a path that has routes but none for the
 * request's method. Answered before the route runs, so body checks do not hide it. Routes
 * registered for every method (`app.all`, middleware) are not counted: they accept any method.
 * The table of routes is read from `app` at its first request, when every route is registered.
 */
export function methodNotAllowed(app: RouteTable) {
  let router: TrieRouter<string[]> | undefined;
  const allowedMethods = (path: string): Set<string> => {
    router ??= buildRouter(app);
    return new Set(router.match("ALL", path)[0].flatMap(([methods]) => methods));
  };
  return createMiddleware<AppEnv>(async (c, next) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.size === 0 || allowed.has(c.req.method)) return next();
    const allow = [...allowed].join(", ");
    return c.json(
      errorBody(
        "METHOD_NOT_ALLOWED",
        `${c.req.method} is not allowed on ${c.req.path}; use ${allow}`,
      ),
      405,
      { Allow: allow },
    );
  });
}

function buildRouter(app: RouteTable): TrieRouter<string[]> {
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === "ALL") continue;
    const methods = methodsByPath.get(route.path) ?? new Set<string>();
    methods.add(route.method);
    if (route.method === "GET") methods.add("HEAD");
    methodsByPath.set(route.path, methods);
  }
  const router = new TrieRouter<string[]>();
  for (const [path, methods] of methodsByPath) router.add("ALL", path, [...methods]);
  return router;
}
