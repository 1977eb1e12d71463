import { importRunRecord, uploadedAvatar } from "@ums/api";
import { importUploadFields } from "@ums/api/schemas";
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

const importFile = (kind: string, what: string) =>
  z
    .string()
    .optional()
    .meta({
      format: "binary",
      description: `the ${kind} file: ${what}`,
    });

/**
 * The import upload's form: the fields of `importUploadFields` (as text, the way a form carries
 * them), then the files. Fields must come before the files.
 */
const importUpload = z.object({
  format: z.enum(["jsonl", "csv"]).meta({
    description:
      "`jsonl`: one `users` file, each line a user with everything of theirs; `csv`: one file per kind (docs/data-migration.md). Any case.",
  }),
  organization_id: z.uuid().optional().meta({
    description:
      "the organization to import into: required for super admins and platform keys; others import into their own",
  }),
  dry_run: z.enum(["true", "false"]).optional().meta({
    description:
      "report what would happen (counts, rejected rows) without writing anything (default false)",
  }),
  new_user_status: z.enum(["KEEP", "ACTIVE", "PENDING"]).optional().meta({
    description:
      "the status of the users the import creates: as in the file (KEEP, default), ACTIVE or PENDING; existing users keep theirs",
  }),
  send_invitations: z.enum(["true", "false"]).optional().meta({
    description:
      "e-mail an invitation to each user the import creates, in the caller's name (default false; administrators only: an API key is refused)",
  }),
  column_mapping: z.string().optional().meta({
    description:
      'CSV only: JSON text mapping the headers of a file that neither the documented names nor their aliases cover, by kind: `{"users": {"Mail": "email"}}`',
    example: '{"users": {"Mail": "email", "Given": "first_name"}}',
  }),
  users: importFile("users", "users.jsonl (JSON Lines) or users.csv"),
  skills: importFile("skills", "CSV only"),
  goals: importFile("goals", "CSV only"),
  activities: importFile("activities", "CSV only"),
  "learning-events": importFile("learning-events", "CSV only"),
});
// The documented fields are exactly the form's (a test of the shape would drift otherwise).
importUploadFields.keyof().options satisfies readonly (keyof z.infer<typeof importUpload>)[];

const csvReport = z.string().meta({
  description:
    "UTF-8 with a byte order mark. A summary block (`file,rows,created,updated,unchanged,rejected`: one row per file, then `total`), an empty line, then one row per rejected row (`file,line,email,field,reason`). Cells that start like a spreadsheet formula get a leading apostrophe.",
  example:
    "file,rows,created,updated,unchanged,rejected\r\nusers.csv,3,1,1,0,1\r\ntotal,3,1,1,0,1\r\n\r\nfile,line,email,field,reason\r\nusers.csv,3,ada@example.com,profile.phone_number,must be a phone number\r\n",
});

/** The routes that are not procedures: probes, the multipart uploads and the import report. */
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
    "/imports": {
      post: {
        operationId: "importsStart",
        summary: "Start an import (upload its files)",
        description:
          "A multipart/form-data body: the text fields first, then one file part per kind, named `users`, `skills`, `goals`, `activities` or `learning-events` (a field after a file is 400: the options must be known before anything is stored). The files are stored as they stream in, up to IMPORT_MAX_UPLOAD_BYTES together (default 200 MB; beyond it 413), and the run is queued: 202 with the run and its URL in `Location`. The job worker takes it within seconds; poll `GET /imports/{import_id}` for its progress, and download `GET /imports/{import_id}/report` when it has ended. Nothing is stored when the upload is refused or cut off.\n\n**Who may call:** an ORG_ADMIN (their organization) or a SUPER_ADMIN (naming `organization_id`), or an API key holding `users:write` (a platform key names `organization_id`).",
        tags: ["Imports"],
        security: [{ userToken: [] }, { apiKey: ["users:write"] }],
        requestBody: {
          required: true,
          content: { "multipart/form-data": { schema: importUpload } },
        },
        responses: {
          202: {
            description: "Queued",
            headers: {
              ...commonResponseHeaders,
              Location: {
                description: "the run: `/imports/{import_id}`",
                schema: { type: "string" },
              },
            },
            content: { "application/json": { schema: importRunRecord } },
          },
          400: errorResponseRef(400),
          401: errorResponseRef(401),
          403: errorResponseRef(403),
          404: errorResponseRef(404),
          413: errorResponseRef(413),
          415: errorResponseRef(415),
          429: errorResponseRef(429),
        },
      },
    },
    "/imports/{import_id}/report": {
      get: {
        operationId: "importsReport",
        summary: "Download an import run's report (CSV)",
        description:
          "The counts per file and in total, then every rejected row with its file, line, e-mail, field and reason, as a CSV attachment for spreadsheets; streamed, whatever the number of rejections. Available from the start of the run (it reports what is written so far). Another organization's run is 404.\n\n**Who may call:** an ORG_ADMIN (their organization) or a SUPER_ADMIN, or an API key holding `users:read` (an organization's key sees that organization only).",
        tags: ["Imports"],
        security: [{ userToken: [] }, { apiKey: ["users:read"] }],
        requestParams: { path: z.object({ import_id: z.uuid() }) },
        responses: {
          200: {
            description: "The report",
            headers: {
              ...commonResponseHeaders,
              "Content-Disposition": {
                description: 'attachment; filename="import-<date>-<id>-report.csv"',
                schema: { type: "string" },
              },
            },
            content: { "text/csv": { schema: csvReport } },
          },
          400: errorResponseRef(400),
          401: errorResponseRef(401),
          403: errorResponseRef(403),
          404: errorResponseRef(404),
          415: errorResponseRef(415),
          429: errorResponseRef(429),
        },
      },
    },
  };
}
