import type { TRPCRouterRecord } from "@trpc/server";

import {
  createOrganizationInput,
  listOrganizationsInput,
  organizationIdInput,
  organizationPage,
  renameOrganizationInput,
} from "../schemas/organizations";
import { organizationRecord } from "../schemas/records";
import {
  createOrganization,
  getOrganization,
  getOwnOrganization,
  listOrganizations,
  renameOrganization,
} from "../services/organizations/organizations";
import { memberProcedure, superAdminProcedure } from "../trpc";

const tags: ["Organizations"] = ["Organizations"];

/** Organizations: super admins manage them; everyone reads their own. */
export const organizationsRouter = {
  mine: memberProcedure("organizations:read")
    .meta({
      rest: {
        method: "GET",
        path: "/organizations/current",
        tags,
        summary: "Get the caller's organization",
        description:
          "Any signed-in user, or an API key with `organizations:read`; a platform-wide key belongs to no organization and is refused (403).",
      },
    })
    .output(organizationRecord)
    .query(({ ctx }) => getOwnOrganization(ctx)),
  list: memberProcedure("organizations:read")
    .meta({
      rest: {
        method: "GET",
        path: "/organizations",
        tags,
        summary: "List organizations",
        description:
          "By name. Super admins and platform-wide keys see every organization, anyone else only their own. `search` is a case-insensitive substring of the name. Pages are cursor-based: pass `next_cursor` back as `cursor`.",
        paginated: true,
      },
    })
    .input(listOrganizationsInput)
    .output(organizationPage)
    .query(({ ctx, input }) => listOrganizations(ctx, input)),
  get: memberProcedure("organizations:read")
    .meta({
      rest: {
        method: "GET",
        path: "/organizations/{organization_id}",
        tags,
        summary: "Get an organization",
        description:
          "Super admins and platform-wide keys read any organization; anyone else only their own (another one is 404, as if it did not exist).",
      },
    })
    .input(organizationIdInput)
    .output(organizationRecord)
    .query(({ ctx, input }) => getOrganization(ctx, input.organization_id)),
  create: superAdminProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/organizations",
        tags,
        summary: "Create an organization",
        description:
          "Super admins only. The slug is stored in lower case and must be unique (409 otherwise).",
        successStatus: 201,
      },
    })
    .input(createOrganizationInput)
    .output(organizationRecord)
    .mutation(({ ctx, input }) => createOrganization(ctx, input)),
  rename: superAdminProcedure
    .meta({
      rest: {
        method: "PUT",
        path: "/organizations/{organization_id}",
        tags,
        summary: "Rename an organization",
        description: "Super admins only. Changes the display name; the slug stays.",
      },
    })
    .input(renameOrganizationInput)
    .output(organizationRecord)
    .mutation(({ ctx, input }) => renameOrganization(ctx, input.organization_id, input.name)),
} satisfies TRPCRouterRecord;
