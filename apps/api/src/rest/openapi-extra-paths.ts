import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";

import { commonResponseHeaders, errorResponseRef } from "./openapi-components";

const healthReport = z
  .object({
    status: z.enum(["ok", "degraded"]),
    database: z.object({ status: z.enum(["up", "down"]), latency_ms: z.number() }),
    uptime_s: z.int(),
  })
  .meta({ id: "HealthReport" });

const readiness = z
  .object({
    status: z.enum(["ready", "not_ready"]),
    database: z.enum(["up", "down"]),
    pending_migrations: z.array(z.string()),
  })
  .meta({ id: "Readiness" });

const avatarUpload = z.object({
  avatar: z.string().meta({
    format: "binary",
    description:
      "the image: jpg, jpeg, png or gif (ALLOWED_AVATAR_FORMATS), recognised by content, up to MAX_AVATAR_SIZE_MB",
  }),
});

/** The routes that are not procedures: probes, and the multipart avatar upload. */
export function extraPaths(): ZodOpenApiPathsObject {
  return {
    "/health": {
      get: {
        operationId: "health",
        summary: "Check that the process is up",
        description:
          "200 while the process can serve; 503 (`degraded`) when its database does not answer. Never rate limited, never cached.",
        tags: ["Health"],
        security: [],
        responses: {
          200: { description: "Up", content: { "application/json": { schema: healthReport } } },
          415: errorResponseRef(415),
          503: {
            description: "Degraded",
            content: { "application/json": { schema: healthReport } },
          },
        },
      },
    },
    "/ready": {
      get: {
        operationId: "ready",
        summary: "Check that this instance is ready for traffic",
        description:
          "200 once the database answers and every migration of this build is applied; 503 otherwise.",
        tags: ["Health"],
        security: [],
        responses: {
          200: { description: "Ready", content: { "application/json": { schema: readiness } } },
          415: errorResponseRef(415),
          503: { description: "Not ready", content: { "application/json": { schema: readiness } } },
        },
      },
    },
    "/users/upload-avatar": {
      post: {
        operationId: "avatarUpload",
        summary: "Upload the caller's avatar",
        description:
          "A multipart/form-data body with the file in the `avatar` field. Not available yet in this version: answers 501 with the standard error body.\n\n**Who may call:** a signed-in user (bearer JWT), acting on themself.",
        tags: ["Avatars"],
        security: [{ userToken: [] }],
        requestBody: {
          required: true,
          content: { "multipart/form-data": { schema: avatarUpload } },
        },
        responses: {
          200: {
            description:
              "The new avatar (once avatar uploads are available; this version answers 501)",
            headers: commonResponseHeaders,
            content: {
              "application/json": {
                schema: z.object({ avatar_url: z.string() }).meta({ id: "UploadedAvatar" }),
              },
            },
          },
          501: {
            description: "Avatar uploads are not available in this version",
            headers: commonResponseHeaders,
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/Error" } },
            },
          },
          400: errorResponseRef(400),
          401: errorResponseRef(401),
          403: errorResponseRef(403),
          413: errorResponseRef(413),
          415: errorResponseRef(415),
          429: errorResponseRef(429),
        },
      },
    },
  };
}
