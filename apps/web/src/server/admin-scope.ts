import "server-only";

import type { RouterOutputs } from "@ums/api";
import { cookies } from "next/headers";
import { cache } from "react";

import { requireAdmin } from "./auth/require-admin";
import type { CurrentUser } from "./auth/session";
import { api } from "./trpc";

/** The cookie in which a platform administrator keeps the organization they are looking at. */
export const viewedOrganizationCookie = "ums-admin-organization";

export type AdminOrganization = RouterOutputs["organizations"]["mine"];

/** Which organization the admin dashboard is showing, and to whom. */
export interface AdminScope {
  user: CurrentUser;
  organization: AdminOrganization;
  /** a platform administrator (may switch organizations, and list across all of them) */
  isSuperAdmin: boolean;
  /**
   * What to add to an API call's input to aim it at `organization`: the id for a platform
   * administrator (whose calls would otherwise span every organization or their own), nothing
   * for an organization administrator (the API confines them to their own anyway).
   */
  organizationInput: { organization_id?: string };
}

/**
 * The admin dashboard's scope for this request. An organization administrator always sees their
 * own organization. A platform administrator sees the one chosen with the switcher (a cookie),
 * read through the API; an unknown or deleted choice falls back to their own organization.
 */
export const adminScope = cache(async (): Promise<AdminScope> => {
  const user = await requireAdmin();
  const caller = await api();
  const isSuperAdmin = user.actor.role === "SUPER_ADMIN";
  const chosen = isSuperAdmin ? (await cookies()).get(viewedOrganizationCookie)?.value : undefined;
  const organization =
    chosen === undefined
      ? await caller.organizations.mine()
      : await caller.organizations
          .get({ organization_id: chosen })
          .catch(() => caller.organizations.mine());
  return {
    user,
    organization,
    isSuperAdmin,
    organizationInput: isSuperAdmin ? { organization_id: organization.id } : {},
  };
});
