import { z } from "zod";

import { pageLimit, str, uuid } from "./fields";
import { organizationRecord } from "./records";

const organizationName = str()
  .trim()
  .min(2, "must be at least 2 characters")
  .max(120, "must be at most 120 characters");

export const organizationSlug = str()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
    "must be 1-63 lowercase letters, digits or hyphens, not starting or ending with a hyphen",
  );

export const createOrganizationInput = z.strictObject({
  name: organizationName,
  slug: organizationSlug,
});

export const renameOrganizationInput = z.strictObject({
  organization_id: uuid,
  name: organizationName,
});

export const organizationIdInput = z.strictObject({ organization_id: uuid });

export const listOrganizationsInput = z.strictObject({
  search: str().trim().min(1).max(100).optional(),
  limit: pageLimit(50),
  cursor: str().max(500).optional(),
});

export type CreateOrganizationInput = z.infer<typeof createOrganizationInput>;
export type ListOrganizationsInput = z.infer<typeof listOrganizationsInput>;

// RESPONSES -------------------------------------------------------------------------------------

/** `GET /organizations`: a page of organizations, by name. */
export const organizationPage = z
  .object({
    items: z.array(organizationRecord),
    next_cursor: z
      .string()
      .nullable()
      .meta({ description: "pass as `cursor` for the next page; null on the last page" }),
  })
  .meta({ id: "OrganizationPage" });
