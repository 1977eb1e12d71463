import type { SelectOption } from "@ums/ui";
import type { ReactNode } from "react";

import { AdminNav } from "../../../components/admin/admin-nav";
import { OrganizationSwitcher } from "../../../components/admin/organization-switcher";
import { adminScope } from "../../../server/admin-scope";
import { api } from "../../../server/trpc";

/** How many organizations the switcher lists; the Organizations page finds any other. */
const switcherSize = 100;

/**
 * The admin dashboard's frame: which organization is shown, and its pages. Learners and
 * instructors get the not-found page instead (`adminScope` → `requireAdmin`).
 */
export default async function AdminLayout({ children }: Readonly<{ children: ReactNode }>) {
  const { organization, isSuperAdmin } = await adminScope();
  const switcherOptions: SelectOption[] = isSuperAdmin
    ? (await (await api()).organizations.list({ limit: switcherSize })).items.map((item) => ({
        value: item.id,
        label: item.name,
      }))
    : [];
  // The viewed organization is always among the choices, even past the first page.
  if (isSuperAdmin && !switcherOptions.some((option) => option.value === organization.id)) {
    switcherOptions.unshift({ value: organization.id, label: organization.name });
  }
  return (
    <div className="grid gap-6">
      <div className="grid gap-3 border-b-(length:--ums-border-width) border-line pb-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <p className="text-sm text-fg-muted">
            Administration ·{" "}
            <span className="font-medium text-fg" data-testid="admin-organization">
              {organization.name}
            </span>
          </p>
          {isSuperAdmin ? (
            <OrganizationSwitcher current={organization.id} options={switcherOptions} />
          ) : null}
        </div>
        <AdminNav isSuperAdmin={isSuperAdmin} />
      </div>
      {children}
    </div>
  );
}
