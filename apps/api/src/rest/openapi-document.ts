import { restProcedures, type ProcedureAccess, type RestProcedure } from "@ums/api";
import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
} from "zod-openapi";

import { extraPaths } from "./openapi-extra-paths";
import {
  commonResponseHeaders,
  errorResponseComponents,
  errorResponseRef,
  headers,
  type ErrorStatus,
} from "./openapi-components";
import { objectShape } from "./input-shape";
import { pathParameters } from "./route-path";
import { apiDescription, tagDescriptions } from "./openapi-texts";

export interface OpenApiDocumentOptions {
  version: string;
}

/**
 * The OpenAPI 3.1 reference of the REST API, generated from the procedures themselves: their
 * route metadata, access rules, input schemas (parameters, bodies) and output schemas (responses),
 * plus the routes that are not procedures (health probes, the avatar upload).
 */
export function createOpenApiDocument({ version }: OpenApiDocumentOptions) {
  const paths: ZodOpenApiPathsObject = extraPaths();
  for (const procedure of restProcedures()) {
    const path = (paths[procedure.route.path] ??= {});
    const method = procedure.route.method.toLowerCase() as
      "get" | "post" | "put" | "patch" | "delete";
    if (path[method] !== undefined) {
      throw new Error(`Two operations for ${procedure.route.method} ${procedure.route.path}`);
    }
    path[method] = operation(procedure);
  }
  const usedTags = new Set(
    Object.values(paths).flatMap((item) =>
      Object.values(item as Record<string, { tags?: string[] }>).flatMap((op) => op.tags ?? []),
    ),
  );
  const unknownTag = [...usedTags].find((tag) => !(tag in tagDescriptions));
  if (unknownTag !== undefined) throw new Error(`REST tag "${unknownTag}" has no description`);

  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "User Management Service API",
        version,
        description: apiDescription,
        license: { name: "MIT", identifier: "MIT" },
      },
      servers: [{ url: "/", description: "this server" }],
      tags: Object.entries(tagDescriptions)
        .filter(([name]) => usedTags.has(name))
        .map(([name, description]) => ({ name, description })),
      paths,
      components: {
        securitySchemes: {
          userToken: {
            type: "http",
            scheme: "bearer",
            bearerFormat: "JWT",
            description:
              "A JWT issued by the platform's auth service: HS256 signed with AUTH_JWT_SECRET (or verified against AUTH_JWKS_URL), `sub` = the user's id, `exp` required, `iss`/`aud` checked when configured. Role and organization come from the database, never from the token.",
          },
          apiKey: {
            type: "http",
            scheme: "bearer",
            description:
              "A service API key (`ums_…`), created by an administrator, with scopes (the list after the scheme in each operation's security) and either one organization or the whole platform.",
          },
        },
        responses: errorResponseComponents(),
        headers,
      },
    },
    {
      // Dates leave the API as strings (see schemas/records.ts); anything else unrepresentable is a bug.
      override: ({ jsonSchema, zodSchema, io }) => {
        if (io === "output" && zodSchema._zod.def.type === "date") {
          jsonSchema.type = "string";
          jsonSchema.format = "date-time";
        }
      },
    },
  );
}

export type OpenApiDocument = ReturnType<typeof createOpenApiDocument>;

function operation(procedure: RestProcedure): ZodOpenApiOperationObject {
  const { route, input, output } = procedure;
  const shape = objectShape(input) ?? {};
  const pathNames = pathParameters(route.path);
  const pick = (names: string[]) =>
    Object.fromEntries(names.flatMap((name) => (shape[name] ? [[name, shape[name]]] : [])));
  const otherNames = Object.keys(shape).filter((name) => !pathNames.includes(name));
  const inQuery = route.method === "GET" || route.method === "DELETE";

  const requestParams: NonNullable<ZodOpenApiOperationObject["requestParams"]> = {};
  if (pathNames.length > 0) requestParams.path = z.object(pick(pathNames));
  if (inQuery && otherNames.length > 0) requestParams.query = z.object(pick(otherNames));
  if (route.etag === true && route.method === "PUT") {
    requestParams.header = z.object({
      "If-Match": z.string().optional().meta({
        description:
          "the ETag of the version the change is based on: 412 if the resource changed since (`*` matches any)",
      }),
    });
  }

  const bodySchema =
    inQuery || input === undefined
      ? undefined
      : pathNames.length === 0
        ? input
        : otherNames.length > 0
          ? z.strictObject(pick(otherNames))
          : undefined;

  const status = route.successStatus ?? 200;
  const successHeaders: Record<string, { $ref: string }> = { ...commonResponseHeaders };
  if (route.etag === true) successHeaders.ETag = { $ref: "#/components/headers/ETag" };
  if (route.paginated === true) successHeaders.Link = { $ref: "#/components/headers/Link" };

  return {
    operationId: operationId(procedure.procedurePath),
    summary: route.summary,
    description: [route.description, whoMayCall(procedure.access)].filter(Boolean).join("\n\n"),
    tags: route.tags,
    security: security(procedure.access),
    ...(Object.keys(requestParams).length > 0 ? { requestParams } : {}),
    ...(bodySchema === undefined
      ? {}
      : {
          requestBody: {
            required: !bodySchema.safeParse({}).success,
            content: { "application/json": { schema: bodySchema } },
          },
        }),
    responses: {
      [status]: {
        description: route.summary.replace(/^./, (first) => first.toUpperCase()),
        headers: successHeaders,
        content: { "application/json": { schema: output } },
      },
      ...Object.fromEntries(
        errorStatuses(procedure, { takesBody: !inQuery }).map((code) => [
          code,
          errorResponseRef(code),
        ]),
      ),
    },
  };
}

/** "users.get" → "usersGet": unique, and an identifier for client generators. */
const operationId = (procedurePath: string) =>
  procedurePath.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());

function security(access: ProcedureAccess): Record<string, string[]>[] {
  switch (access.kind) {
    case "public":
      return [];
    case "user":
    case "orgAdmin":
    case "superAdmin":
      return [{ userToken: [] }];
    case "apiKey":
      return [{ apiKey: [access.scope] }];
    case "admin":
    case "member":
      return [{ userToken: [] }, { apiKey: [access.scope] }];
  }
}

function whoMayCall(access: ProcedureAccess): string {
  const who = {
    public: "anyone; no credentials needed",
    user: "a signed-in user (bearer JWT), acting on themself; API keys are refused",
    orgAdmin: "an ORG_ADMIN (their organization) or a SUPER_ADMIN, with a bearer JWT",
    superAdmin: "a SUPER_ADMIN, with a bearer JWT",
    apiKey: `a service with an API key holding \`${"scope" in access ? access.scope : ""}\``,
    admin: `an ORG_ADMIN (their organization) or a SUPER_ADMIN, or an API key holding \`${"scope" in access ? access.scope : ""}\` (an organization's key sees that organization only)`,
    member: `any signed-in user, or an API key holding \`${"scope" in access ? access.scope : ""}\``,
  }[access.kind];
  return `**Who may call:** ${who}.`;
}

function errorStatuses(
  procedure: RestProcedure,
  { takesBody }: { takesBody: boolean },
): ErrorStatus[] {
  const { route, access, type } = procedure;
  // Every endpoint refuses parameters it does not know and malformed ones.
  const statuses: ErrorStatus[] = [400];
  if (access.kind !== "public") statuses.push(401, 403);
  if (route.path.includes("{") || access.kind !== "public") statuses.push(404);
  if (type === "mutation") statuses.push(409);
  if (route.etag === true && route.method === "PUT") statuses.push(412);
  // Even an endpoint without body fields reads (and limits) what is sent.
  if (takesBody) statuses.push(413, 415);
  statuses.push(429);
  // A change runs in a transaction, which is refused when no connection frees up in time.
  if (type === "mutation") statuses.push(503);
  return statuses;
}
