import {
  createCaller,
  createHttpContext,
  restProcedures,
  type AvatarStorage,
  type RestProcedure,
} from "@ums/api";
import type { Db } from "@ums/db";
import type { Settings } from "@ums/db/settings";
import { Hono, type Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

import { clientIp } from "../http/client-ip";
import { concurrencyGate, type ConcurrencyGate } from "../http/concurrency-gate";
import type { AppEnv } from "../http/env";
import { isUuidField, objectShape } from "./input-shape";
import { nextPageLink } from "./pagination-link";
import { restInput } from "./rest-input";
import {
  assertNoAmbiguousSegments,
  compareTemplates,
  honoPath,
  pathParameters,
} from "./route-path";

type ProcedureCall = (input: unknown) => Promise<unknown>;

/** How long a request of a `maxConcurrent` route may wait for its turn before it is answered 503. */
const maxTurnWaitMs = 10_000;

/**
 * Every procedure with `meta.rest` as a REST route, served by the procedure itself (through a
 * tRPC caller), so REST and tRPC share one implementation of every rule: authentication, input
 * validation, authorization, the service and the output schema. What is REST-only lives here:
 * where the input comes from, the success status, `ETag` (set by the procedure) and `Link`.
 * Errors propagate to the app's error handler, which gives them the standard body.
 */
export interface RestRouteOptions {
  db: Db;
  settings: Settings;
  avatarStorage?: AvatarStorage;
}

export function restRoutes(options: RestRouteOptions) {
  const app = new Hono<AppEnv>();
  const routes = restProcedures().map((procedure) => ({
    procedure,
    template: procedure.route.path,
    uuidParameters: uuidParametersOf(procedure),
    gate:
      procedure.route.maxConcurrent === undefined
        ? undefined
        : concurrencyGate(procedure.route.maxConcurrent, maxTurnWaitMs),
  }));
  assertNoAmbiguousSegments(routes);

  routes.sort((a, b) => compareTemplates(a.template, b.template));
  for (const { procedure, template, uuidParameters, gate } of routes) {
    app.on(procedure.route.method, honoPath(template, uuidParameters), (c) =>
      serve(c, procedure, gate, options),
    );
  }
  return app;
}

async function serve(
  c: Context<AppEnv>,
  procedure: RestProcedure,
  gate: ConcurrencyGate | undefined,
  { db, settings, avatarStorage }: RestRouteOptions,
): Promise<Response> {
  const responseHeaders = new Headers();
  const ctx = await createHttpContext({
    db,
    settings,
    avatarStorage,
    headers: c.req.raw.headers,
    remoteAddress: clientIp(c),
    responseHeaders,
  });
  // The body is read once the request has its turn (authentication first: a bad key waits for nothing).
  const call = async () =>
    procedureCall(createCaller(ctx), procedure.procedurePath)(await restInput(c, procedure));
  const result = gate === undefined ? await call() : await gate.run(call);

  responseHeaders.forEach((value, name) => {
    c.header(name, value);
  });
  if (procedure.route.paginated === true) {
    const next = (result as { next_cursor?: unknown }).next_cursor;
    if (typeof next === "string") c.header("Link", nextPageLink(c.req.url, next));
  }
  const status = (procedure.route.successStatus ?? 200) as ContentfulStatusCode;
  return c.json(result as object, status);
}

/** The procedure at a dotted path of a caller ("users.get" → caller.users.get). */
function procedureCall(caller: unknown, path: string): ProcedureCall {
  const found = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  if (typeof found !== "function") throw new Error(`No procedure at ${path}`);
  return found as ProcedureCall;
}

function uuidParametersOf(procedure: RestProcedure): Set<string> {
  const shape = objectShape(procedure.input) ?? {};
  return new Set(
    pathParameters(procedure.route.path).filter((name) => {
      const field = shape[name];
      if (field === undefined) {
        throw new Error(
          `REST path ${procedure.route.path} of ${procedure.procedurePath}: {${name}} is not an input field`,
        );
      }
      return isUuidField(field);
    }),
  );
}
