import type { TRPCRouterRecord } from "@trpc/server";

import {
  createOrganizationInput,
  listOrganizationsInput,
  renameOrganizationInput,
} from "../schemas/organizations";
import {
  createOrganization,
  getOwnOrganization,
  listOrganizations,
  renameOrganization,
} from "../services/organizations/organizations";
import { memberProcedure, superAdminProcedure } from "../trpc";

/** Organizations: super admins manage them; everyone reads their own. */
export const organizationsRouter = {
  mine: memberProcedure("organizations:read").query(({ ctx }) => getOwnOrganization(ctx)),
  list: memberProcedure("organizations:read")
    .input(listOrganizationsInput)
    .query(({ ctx, input }) => listOrganizations(ctx, input)),
  create: superAdminProcedure
    .input(createOrganizationInput)
    .mutation(({ ctx, input }) => createOrganization(ctx, input)),
  rename: superAdminProcedure
    .input(renameOrganizationInput)
    .mutation(({ ctx, input }) => renameOrganization(ctx, input.organization_id, input.name)),
} satisfies TRPCRouterRecord;
