import { uploadedAvatar } from "@ums/api";
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
      "the image: one of ALLOWED_AVATAR_FORMATS (default jpg, jpeg, png, gif), recognised by its content whatever its name or declared type, up to MAX_AVATAR_SIZE_MB, at least 64×64 pixels and at most 40 megapixels",
  }),
  crop_left: z.int().min(0).optional().meta({
    description:
      "crop box, in pixels of the upright image (all four or none; default: a centred square)",
  }),
  crop_top: z.int().min(0).optional(),
  crop_width: z.int().min(1).optional(),
  crop_height: z.int().min(1).optional(),
  keep_animation: z
    .boolean()
    .optional()
    .meta({ description: "an animated GIF or WebP stays animated (default: its first frame)" }),
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
          "A multipart/form-data body with the image in the `avatar` field. The image is oriented by its EXIF data, stripped of all metadata (GPS included), cropped to a square and stored as WebP (with a JPEG, or for kept animations GIF, fallback) at 512, 256, 128 and 64 pixels under content-addressed URLs that can be cached forever. The new files are stored first, then the profile points at them (AVATAR_UPLOADED), then the previous files are deleted: a failure leaves the previous avatar as it was.\n\n**Who may call:** a signed-in user (bearer JWT), acting on themself.",
        tags: ["Avatars"],
        security: [{ userToken: [] }],
        requestBody: {
          required: true,
          content: { "multipart/form-data": { schema: avatarUpload } },
        },
        responses: {
          200: {
            description: "The new avatar",
            headers: commonResponseHeaders,
            content: { "application/json": { schema: uploadedAvatar } },
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
