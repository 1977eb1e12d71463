import type { AddressInfo } from "node:net";

import type { Db } from "@ums/db";
import { parseSettings, type Settings } from "@ums/db/settings";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { SignJWT } from "jose";

import { testAvatarStorage } from "@ums/api/testing";

import { createApp, type AppDependencies } from "../app";
import { closeServer, listen } from "../http/node-server";
import { silentLogger } from "../http/testing";
import { createOpenApiDocument } from "./openapi-document";

/** Settings for REST tests: a known JWT secret, and rate limits no sweep reaches. */
export const restTestSettings: Settings = parseSettings({
  AUTH_JWT_SECRET: "a-rest-test-secret-that-is-long-enough",
  RATE_LIMIT_PER_MINUTE: "1000000",
  RATE_LIMIT_PER_IP_PER_MINUTE: "1000000",
});

/** The real server on a free port of the loopback interface, as other services reach it. */
export async function startTestServer(
  db: Db,
  settings: Settings = restTestSettings,
  dependencies: Partial<AppDependencies> = {},
) {
  const server = await listen(
    createApp({
      db,
      settings,
      logger: silentLogger,
      avatarStorage: testAvatarStorage,
      ...dependencies,
    }),
    0,
  );
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => closeServer(server, 1000) };
}

/** A platform JWT for `userId`, as the auth service would issue it. */
export const jwtFor = (userId: string, settings: Settings = restTestSettings) =>
  new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setExpirationTime("5m")
    .sign(new TextEncoder().encode(settings.AUTH_JWT_SECRET));

type Json = Record<string, unknown>;

/**
 * Checks responses against the OpenAPI document the server publishes: the schema of the
 * operation's response for that status (including the error responses it references).
 * A response whose status the document does not list for the operation fails too.
 */
export function createResponseValidator(
  document = createOpenApiDocument({ version: "test" }) as unknown as Json,
) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, "openapi");
  const cache = new Map<string, ValidateFunction>();

  const pointer = (...segments: string[]) =>
    segments.map((segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

  return function validate(method: string, template: string, status: number, body: unknown) {
    const operation = ((document.paths as Json)[template] as Json | undefined)?.[
      method.toLowerCase()
    ] as { responses: Record<string, Json> } | undefined;
    if (operation === undefined)
      throw new Error(`No operation ${method} ${template} in the document`);
    let response = operation.responses[String(status)];
    let responsePointer = pointer(
      "paths",
      template,
      method.toLowerCase(),
      "responses",
      String(status),
    );
    if (response === undefined) {
      throw new Error(`${method} ${template} answered ${status}, which the document does not list`);
    }
    const ref = response.$ref;
    if (typeof ref === "string") {
      responsePointer = ref.slice(2);
      response = ref
        .slice(2)
        .split("/")
        .reduce<Json>((node, key) => node[key] as Json, document);
    }
    if (response.content === undefined) return;
    const key = responsePointer;
    let validator = cache.get(key);
    if (validator === undefined) {
      validator = ajv.compile({
        $ref: `openapi#/${responsePointer}/${pointer("content", "application/json", "schema")}`,
      });
      cache.set(key, validator);
    }
    if (!validator(body)) {
      throw new Error(
        `${method} ${template} ${status}: the body does not match the document: ${ajv.errorsText(validator.errors)}\n${JSON.stringify(body).slice(0, 2000)}`,
      );
    }
  };
}
