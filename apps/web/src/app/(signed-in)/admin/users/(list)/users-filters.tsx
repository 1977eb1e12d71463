"use client";

import { Select, type SelectOption } from "@ums/ui";

import { UrlSearchField } from "../../../../../components/admin/url-search-field";
import { useUrlState } from "../../../../../lib/use-url-state";
import { roleLabel, roleOrder, statusLabel, statusOrder } from "../../../../../lib/user-labels";
import { allOrganizations } from "./users-view";

/** The choice that removes a filter (a Select option cannot be the empty string). */
const any = "any";

const roleOptions: SelectOption[] = [
  { value: any, label: "Any role" },
  ...roleOrder.map((role) => ({ value: role, label: roleLabel(role) })),
];
const statusOptions: SelectOption[] = [
  { value: any, label: "Any status" },
  ...statusOrder.map((status) => ({ value: status, label: statusLabel(status) })),
];

export interface UsersFiltersProps {
  /** the filters in force, as the page read them from the URL (null: none) */
  role: string | null;
  status: string | null;
  organization: string | null;
  /** platform administrators only: the organizations to list (the viewed one first) */
  organizations: { viewedId: string; options: readonly SelectOption[] } | null;
}

/**
 * Search as you type, role and status (and, for platform administrators, organization): each
 * change goes to the URL as a new history entry and the list starts again at its first page.
 */
export function UsersFilters({ role, status, organization, organizations }: UsersFiltersProps) {
  const { navigate } = useUrlState();
  const choose = (name: string) => (value: string) => {
    navigate({ [name]: value === any ? null : value });
  };
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" role="search" aria-label="Users">
      <UrlSearchField
        label="Search users"
        description="Part of a name, e-mail address or username."
      />
      <Select
        label="Role"
        options={roleOptions}
        value={role ?? any}
        onValueChange={choose("role")}
      />
      <Select
        label="Status"
        options={statusOptions}
        value={status ?? any}
        onValueChange={choose("status")}
      />
      {organizations ? (
        <Select
          label="Organization"
          options={[
            { value: allOrganizations, label: "All organizations" },
            ...organizations.options,
          ]}
          value={organization ?? organizations.viewedId}
          onValueChange={(value) => {
            navigate({ organization: value === organizations.viewedId ? null : value });
          }}
        />
      ) : null}
    </div>
  );
}
