import { randomUUID } from "node:crypto";

import { apiKeyScopes } from "@ums/api/schemas/api-key-scopes";
import { createApiKey, createTestDatabase, createUser } from "@ums/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createOpenApiDocument } from "./openapi-document";
import { createResponseValidator, jwtFor, startTestServer } from "./testing";

/**
 * The malformed-input sweep: every operation of the published document, sent wrong types,
 * unknown and missing fields, huge strings, invalid ids in the path, broken JSON and wrong
 * content types. Each gets a 4xx with the standard error body, documented for that operation;
 * nothing is ever a 500.
 */

type Schema = Record<string, unknown>;
interface Operation {
  method: string;
  template: string;
  security: Record<string, string[]>[];
  parameters?: { in: string; name: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

const document = createOpenApiDocument({ version: "test" }) as unknown as {
  paths: Record<string, Record<string, Omit<Operation, "method" | "template">>>;
  components: { schemas: Record<string, Schema> };
};
const operations: Operation[] = Object.entries(document.paths).flatMap(([template, item]) =>
  Object.entries(item).map(([method, operation]) => ({
    ...operation,
    method: method.toUpperCase(),
    template,
  })),
);

const resolve = (schema: Schema): Schema => {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  return resolve(document.components.schemas[ref.split("/").at(-1) ?? ""] ?? {});
};
const typesOf = (schema: Schema): string[] => {
  const resolved = resolve(schema);
  const own = resolved.type === undefined ? [] : [resolved.type].flat().map(String);
  const alternatives = [resolved.anyOf, resolved.oneOf]
    .flatMap((list) => (Array.isArray(list) ? (list as Schema[]) : []))
    .flatMap(typesOf);
  if (resolved.enum !== undefined) own.push("string");
  return [...own, ...alternatives];
};
const propertiesOf = (schema: Schema | undefined): Record<string, Schema> =>
  (schema === undefined
    ? {}
    : (resolve(schema).properties as Record<string, Schema> | undefined)) ?? {};

/** A value of a type the field does not take. */
const wrongValueFor = (schema: Schema): unknown =>
  typesOf(schema).includes("object") ? 12345 : { wrong: true };

const { db } = await createTestDatabase();
const validate = createResponseValidator(document);
let server: Awaited<ReturnType<typeof startTestServer>>;
let userToken: string;
let apiKey: string;

beforeAll(async () => {
  server = await startTestServer(db);
  const superAdmin = await createUser(db, { role: "SUPER_ADMIN" });
  userToken = await jwtFor(superAdmin.id);
  apiKey = (
    await createApiKey(db, {
      organization_id: null,
      scopes: [...apiKeyScopes],
    })
  ).key;
});
afterAll(async () => {
  await server.close();
});

function credentialFor(operation: Operation): string | undefined {
  if (operation.security.length === 0) return undefined;
  return operation.security.some((requirement) => "userToken" in requirement) ? userToken : apiKey;
}

const fill = (template: string, values: Record<string, string> = {}) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? randomUUID());

interface Attempt {
  path?: string;
  query?: string;
  body?: string;
  contentType?: string;
}

/** Sends one malformed request; returns its status after checking the body is a documented error. */
async function attempt(operation: Operation, { path, query = "", body, contentType }: Attempt) {
  const headers: Record<string, string> = {};
  const token = credentialFor(operation);
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = contentType ?? "application/json";
  const response = await fetch(`${server.baseUrl}${path ?? fill(operation.template)}${query}`, {
    method: operation.method,
    headers,
    body,
  });
  const text = await response.text();
  const label = `${operation.method} ${operation.template} ${query} ${body?.slice(0, 120) ?? ""}`;
  expect(response.status, `${label} → ${text.slice(0, 300)}`).toBeLessThan(500);
  if (response.status >= 400) {
    const parsed = JSON.parse(text) as unknown;
    validate(operation.method, operation.template, response.status, parsed);
  }
  return { status: response.status, text, label };
}

const expect4xx = ({ status, text, label }: { status: number; text: string; label: string }) => {
  expect(status, `${label} → ${status} ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(status, `${label} → ${status} ${text.slice(0, 300)}`).toBeLessThan(500);
};

// The probes take nothing; the uploads (avatar, import) take multipart forms, which their own tests
// cover (avatar-upload.test.ts, imports.test.ts).
const apiOperations = operations.filter(
  (operation) =>
    !["/health", "/ready"].includes(operation.template) &&
    operation.requestBody?.content["multipart/form-data"] === undefined,
);

describe.each(
  apiOperations.map(
    (operation) => [`${operation.method} ${operation.template}`, operation] as const,
  ),
)("%s", (_name, operation) => {
  const pathParameters = operation.parameters?.filter((p) => p.in === "path") ?? [];
  const queryParameters = operation.parameters?.filter((p) => p.in === "query") ?? [];
  const bodySchema = operation.requestBody?.content["application/json"]?.schema;
  const takesBody = ["POST", "PUT", "PATCH"].includes(operation.method);

  if (pathParameters.length > 0) {
    it("refuses ids that are not UUIDs", async () => {
      for (const parameter of pathParameters) {
        for (const bad of ["not-a-uuid", "1234", "0f8fad5b-d9cb-469f-a165-70867728950"]) {
          const path = fill(operation.template, { [parameter.name]: bad });
          expect4xx(await attempt(operation, { path, body: takesBody ? "{}" : undefined }));
        }
      }
    });
  }

  it("refuses an unknown parameter or field", async () => {
    expect4xx(
      takesBody
        ? await attempt(operation, { body: JSON.stringify({ unknown_field_xyz: 1 }) })
        : await attempt(operation, { query: "?unknown_param_xyz=1" }),
    );
  });

  if (!takesBody) {
    if (queryParameters.length > 0) {
      it("refuses query values of the wrong type and huge strings", async () => {
        for (const parameter of queryParameters) {
          const types = typesOf(parameter.schema);
          const resolved = resolve(parameter.schema);
          const typed =
            types.some((type) => ["integer", "number", "boolean"].includes(type)) ||
            resolved.enum !== undefined ||
            resolved.format !== undefined;
          if (typed) {
            expect4xx(await attempt(operation, { query: `?${parameter.name}=%7Bwrong%7D` }));
          }
          const huge = `?${parameter.name}=${"x".repeat(5000)}`;
          expect4xx(await attempt(operation, { query: huge }));
        }
      });
    }
    return;
  }

  it("refuses broken JSON, a body that is not an object, and other content types", async () => {
    expect4xx(await attempt(operation, { body: '{"broken": ' }));
    expect4xx(await attempt(operation, { body: "[]" }));
    expect4xx(await attempt(operation, { body: '"text"' }));
    const text = await attempt(operation, { body: "hello", contentType: "text/plain" });
    expect(text.status).toBe(415);
    const form = await attempt(operation, {
      body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
      contentType: "multipart/form-data; boundary=x",
    });
    expect(form.status).toBe(415);
  });

  it("answers an empty or field-less body without a 500", async () => {
    await attempt(operation, { body: "{}" });
    await attempt(operation, { body: "" });
  });

  const properties = Object.entries(propertiesOf(bodySchema));
  if (properties.length > 0) {
    it("refuses fields of the wrong type and huge strings, nested ones too", async () => {
      const cases: unknown[] = [];
      for (const [name, schema] of properties) {
        cases.push({ [name]: wrongValueFor(schema) });
        if (typesOf(schema).includes("string")) cases.push({ [name]: "x".repeat(20_000) });
        for (const [inner, innerSchema] of Object.entries(propertiesOf(schema))) {
          cases.push({ [name]: { [inner]: wrongValueFor(innerSchema) } });
          if (typesOf(innerSchema).includes("string")) {
            cases.push({ [name]: { [inner]: "x".repeat(20_000) } });
          }
        }
      }
      for (const body of cases) expect4xx(await attempt(operation, { body: JSON.stringify(body) }));
    });
  }
});
