import { AppError, type RestProcedure } from "@ums/api";
import type { Context } from "hono";

import type { AppEnv } from "../http/env";
import { hasBody, mediaType } from "../http/request-body";
import { isArrayField, objectShape } from "./input-shape";
import { pathParameters } from "./route-path";

/**
 * The procedure's input from an HTTP request: path parameters, plus the query string (GET and
 * DELETE) or the JSON body (POST, PUT, PATCH). Values are passed on as sent (query values are
 * strings; the input schema reads them), so validation, with its field paths, stays in one place.
 */
export async function restInput(c: Context<AppEnv>, procedure: RestProcedure): Promise<unknown> {
  const names = pathParameters(procedure.route.path);
  const fromPath = Object.fromEntries(names.map((name) => [name, c.req.param(name)]));
  const method = procedure.route.method;
  const rest =
    method === "GET" || method === "DELETE" ? queryInput(c, procedure) : await bodyInput(c);

  if (procedure.input === undefined) {
    // Nothing is silently ignored: parameters sent to an endpoint that takes none are refused.
    const sent = rest === undefined ? [] : isPlainObject(rest) ? Object.keys(rest) : ["(body)"];
    if (sent.length > 0) {
      throw new AppError(
        "VALIDATION_FAILED",
        `This endpoint takes no parameters: ${sent.join(", ")}`,
        {
          details: sent.map((name) => ({ path: name, message: "is not a known field" })),
        },
      );
    }
    return undefined;
  }
  if (rest === undefined) {
    // A GET with no query string still has parameters: none. An object input whose fields are all
    // optional (e.g. GET /users/profile/goals) takes {}, where undefined would be refused.
    const query = method === "GET" || method === "DELETE";
    return names.length > 0 || (query && objectShape(procedure.input) !== undefined)
      ? fromPath
      : undefined;
  }
  if (!isPlainObject(rest)) return rest; // the schema reports what it expected
  const clashes = names.filter((name) => name in rest);
  if (clashes.length > 0) {
    throw new AppError(
      "VALIDATION_FAILED",
      `${clashes.join(", ")} comes from the path; leave it out of the ${method === "GET" || method === "DELETE" ? "query" : "body"}`,
      {
        details: clashes.map((name) => ({ path: name, message: "is given by the path" })),
      },
    );
  }
  return { ...rest, ...fromPath };
}

/** Query parameters: one value as a string, a repeated one (or one a list field takes) as a list. */
function queryInput(
  c: Context<AppEnv>,
  procedure: RestProcedure,
): Record<string, unknown> | undefined {
  const queries = c.req.queries();
  const entries = Object.entries(queries);
  if (entries.length === 0) return undefined;
  const shape = objectShape(procedure.input) ?? {};
  return Object.fromEntries(
    entries.map(([name, values]) => {
      const field = shape[name];
      const list = field !== undefined && isArrayField(field);
      return [name, list || values.length > 1 ? values : values[0]];
    }),
  );
}

/** The JSON body; none (no body at all) is undefined. */
async function bodyInput(c: Context<AppEnv>): Promise<unknown> {
  if (!hasBody(c)) return undefined;
  if (mediaType(c) !== "application/json") {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `This endpoint takes application/json, not "${mediaType(c) || "no Content-Type"}"`,
    );
  }
  const text = await c.req.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError(
      "VALIDATION_FAILED",
      `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      { details: [{ path: "", message: "must be valid JSON" }], cause: error },
    );
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
