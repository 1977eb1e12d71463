"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { requireAdmin } from "../../../server/auth/require-admin";
import { viewedOrganizationCookie } from "../../../server/admin-scope";
import { api } from "../../../server/trpc";

const organizationId = z.uuid();

/**
 * A platform administrator chooses the organization the dashboard shows. The choice is checked
 * through the API (it must exist and be visible to them) before it is kept, in a cookie for this
 * browser, and the dashboard reopens on the overview (the page they were on may be about a user
 * of the previous organization).
 */
export async function switchOrganization(formData: FormData): Promise<void> {
  const user = await requireAdmin();
  const parsed = organizationId.safeParse(formData.get("organization_id"));
  if (user.actor.role !== "SUPER_ADMIN" || !parsed.success) redirect("/admin");
  const organization = await (await api()).organizations.get({ organization_id: parsed.data });
  (await cookies()).set(viewedOrganizationCookie, organization.id, {
    httpOnly: true,
    sameSite: "lax",
    path: "/admin",
  });
  redirect("/admin");
}
