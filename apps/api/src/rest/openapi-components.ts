import { errorCodes } from "@ums/api";
import { z } from "zod";

/** Reusable parts of the REST reference: the error body, error responses and headers. */

const errorCodeNames: [string, ...string[]] = ["METHOD_NOT_ALLOWED", ...Object.keys(errorCodes)];

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodeNames).meta({ description: "stable, machine-readable" }),
      message: z.string().meta({ description: "for people; may change" }),
      details: z
        .array(
          z.object({
            path: z.string().meta({
              description: "the field, dotted (`profile.phone_number`); empty for the whole body",
            }),
            message: z.string(),
          }),
        )
        .optional()
        .meta({ description: "one entry per problem, when the error is about fields" }),
    }),
  })
  .meta({ id: "Error" });

const rateLimitHeaders = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
};

export const headers = {
  "RateLimit-Limit": {
    description: "requests allowed per window for the tightest limit that applies",
    schema: { type: "integer" },
  },
  "RateLimit-Remaining": {
    description: "requests left in the current window",
    schema: { type: "integer" },
  },
  "RateLimit-Reset": {
    description: "seconds until the window resets",
    schema: { type: "integer" },
  },
  "X-Request-Id": {
    description: "the request's id (the one sent, if valid, or a new one); it is in every log line",
    schema: { type: "string" },
  },
  ETag: {
    description: "the version of the editable state; send it back in If-Match to update safely",
    schema: { type: "string" },
  },
  Link: {
    description: 'the next page, as `<path?query>; rel="next"` (absent on the last page)',
    schema: { type: "string" },
  },
} as const;

export const commonResponseHeaders = {
  ...rateLimitHeaders,
  "X-Request-Id": { $ref: "#/components/headers/X-Request-Id" },
};

const errorExample = (
  code: string,
  message: string,
  details?: { path: string; message: string }[],
) => ({
  error: { code, message, ...(details ? { details } : {}) },
});

/** The error responses, by status. */
export const errorResponses = {
  400: {
    name: "BadRequest",
    description: "The input is invalid: `details` names each field and the reason.",
    example: errorExample(
      "VALIDATION_FAILED",
      "profile.phone_number: must be a valid phone number in international format, e.g. +442079460123",
      [
        {
          path: "profile.phone_number",
          message: "must be a valid phone number in international format, e.g. +442079460123",
        },
      ],
    ),
  },
  401: {
    name: "Unauthorized",
    description: "No credentials, or a token or API key that is invalid, expired or revoked.",
    example: errorExample("UNAUTHENTICATED", "Sign in, or send a valid bearer token"),
    headers: {
      "WWW-Authenticate": {
        description: 'the challenge, `Bearer realm="user-service"`',
        schema: { type: "string" },
      },
    },
  },
  403: {
    name: "Forbidden",
    description: "The caller is known but may not do this (role, or the API key's scopes).",
    example: errorExample("FORBIDDEN", "Only organization administrators may do this"),
  },
  404: {
    name: "NotFound",
    description:
      "No such resource, or one in an organization the caller cannot see (the same answer, so ids elsewhere are not revealed).",
    example: errorExample("NOT_FOUND", "User not found"),
  },
  409: {
    name: "Conflict",
    description:
      "The change conflicts with the current state, e.g. an e-mail or username already taken.",
    example: errorExample("CONFLICT", "This email is already in use", [
      { path: "email", message: "is already in use" },
    ]),
  },
  412: {
    name: "PreconditionFailed",
    description:
      "If-Match names another version: the resource changed since it was read. Read it again and retry.",
    example: errorExample(
      "PRECONDITION_FAILED",
      "The resource changed since you read it (If-Match does not match its ETag); read it again and retry",
    ),
  },
  413: {
    name: "PayloadTooLarge",
    description:
      "The body is larger than the limit (MAX_JSON_BODY_KB for JSON, MAX_AVATAR_SIZE_MB for uploads).",
    example: errorExample(
      "PAYLOAD_TOO_LARGE",
      "The request body is too large: JSON bodies may be up to 100 KB",
    ),
  },
  415: {
    name: "UnsupportedMediaType",
    description: "The body is not `application/json` (or `multipart/form-data` for uploads).",
    example: errorExample(
      "UNSUPPORTED_MEDIA_TYPE",
      'Content-Type "text/plain" is not accepted: send application/json (or multipart/form-data for uploads)',
    ),
  },
  429: {
    name: "TooManyRequests",
    description: "Rate limited: wait `Retry-After` seconds.",
    example: errorExample("RATE_LIMITED", "Too many requests; retry in 12 seconds"),
    headers: {
      "Retry-After": { description: "seconds to wait", schema: { type: "integer" } },
    },
  },
  503: {
    name: "ServiceUnavailable",
    description:
      "Overloaded: every database connection stayed busy while the change waited for one. Nothing was written; retry after `Retry-After` seconds.",
    example: errorExample(
      "SERVICE_UNAVAILABLE",
      "The service is too busy to complete this request now; retry after the Retry-After delay",
    ),
    headers: {
      "Retry-After": { description: "seconds to wait", schema: { type: "integer" } },
    },
  },
} as const;

export type ErrorStatus = keyof typeof errorResponses;

/** components.responses: one entry per error status, all with the Error body. */
export function errorResponseComponents() {
  return Object.fromEntries(
    Object.values(errorResponses).map((response) => [
      response.name,
      {
        description: response.description,
        headers: { ...commonResponseHeaders, ...("headers" in response ? response.headers : {}) },
        content: {
          "application/json": { schema: errorBodySchema, example: response.example },
        },
      },
    ]),
  );
}

export const errorResponseRef = (status: ErrorStatus) => ({
  $ref: `#/components/responses/${errorResponses[status].name}`,
});
