import type { TRPCRouterRecord } from "@trpc/server";

import {
  importIdInput,
  importListPage,
  importRunDetails,
  importRunRecord,
  listImportsInput,
} from "../schemas/imports";
import { cancelImport } from "../services/imports/cancel-import";
import { getImport } from "../services/imports/get-import";
import { listImports } from "../services/imports/list-imports";
import { adminProcedure } from "../trpc";

const tags: ["Imports"] = ["Imports"];

/**
 * Import runs started by upload (`POST /imports`, the admin Import page): admins of the
 * organization, and services with users:read to look, users:write to cancel (an import creates
 * and changes users, so starting one takes users:write as well). The upload and the CSV report
 * are multipart and CSV routes of their own (apps/api, apps/web), over the same services.
 */
export const importsRouter = {
  list: adminProcedure("users:read")
    .meta({
      rest: {
        method: "GET",
        path: "/imports",
        tags,
        summary: "List import runs",
        description:
          "The caller's organization's import runs (super admins and platform keys: one named by `organization_id`, or all), newest first, with status and counts; filter by `status`. Pages are cursor-based: pass `next_cursor` back as `cursor` (the `Link: rel=\"next\"` header holds the whole URL).",
        paginated: true,
      },
    })
    .input(listImportsInput)
    .output(importListPage)
    .query(({ ctx, input }) => listImports(ctx, input)),
  get: adminProcedure("users:read")
    .meta({
      rest: {
        method: "GET",
        path: "/imports/{import_id}",
        tags,
        summary: "Get an import run with its progress",
        description:
          "Files, options, status, counts per file (written with every batch, so polling this shows the progress) and their totals, why it failed if it did, who started it, and the first rejected rows (`GET /imports/{import_id}/report` has them all). Another organization's run is 404.",
      },
    })
    .input(importIdInput)
    .output(importRunDetails)
    .query(({ ctx, input }) => getImport(ctx, input.import_id)),
  cancel: adminProcedure("users:write")
    .meta({
      rest: {
        method: "POST",
        path: "/imports/{import_id}/cancel",
        tags,
        summary: "Cancel an import run",
        description:
          "A QUEUED run never starts; a RUNNING one stops after the batch it is writing, keeping what it wrote (each batch is one transaction). A run that has ended (SUCCEEDED, FAILED, CANCELLED) is 409. Another organization's run is 404.",
      },
    })
    .input(importIdInput)
    .output(importRunRecord)
    .mutation(({ ctx, input }) => cancelImport(ctx, input.import_id)),
} satisfies TRPCRouterRecord;
