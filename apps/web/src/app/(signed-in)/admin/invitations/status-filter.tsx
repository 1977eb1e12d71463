"use client";

import type { InvitationStatus } from "@ums/db/enums";
import { Select } from "@ums/ui";

import { useUrlState } from "../../../../lib/use-url-state";
import { invitationStatuses, statusLabels } from "./status-labels";

/** The Select value for every status (a Select value cannot be empty). */
const allStatuses = "all";

export interface StatusFilterProps {
  /** invitations per status among those the search matches */
  totals: Record<InvitationStatus, number>;
}

/** Which status the table shows, each with its count; kept in the URL (`status`). */
export function StatusFilter({ totals }: StatusFilterProps) {
  const { searchParams, navigate, pending } = useUrlState();
  const current = searchParams.get("status") ?? allStatuses;
  const all = invitationStatuses.reduce((sum, status) => sum + totals[status], 0);
  return (
    <div aria-busy={pending}>
      <Select
        label="Status"
        value={invitationStatuses.some((status) => status === current) ? current : allStatuses}
        options={[
          { value: allStatuses, label: `All statuses (${all})` },
          ...invitationStatuses.map((status) => ({
            value: status,
            label: `${statusLabels[status]} (${totals[status]})`,
          })),
        ]}
        onValueChange={(value) => {
          navigate({ status: value === allStatuses ? null : value });
        }}
      />
    </div>
  );
}
