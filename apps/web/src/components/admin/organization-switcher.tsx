"use client";

import { Select, type SelectOption } from "@ums/ui";
import { useRef, useTransition } from "react";

import { switchOrganization } from "../../app/(signed-in)/admin/switch-organization";

export interface OrganizationSwitcherProps {
  /** the organization being viewed */
  current: string;
  /** the organizations to choose from (the viewed one among them) */
  options: readonly SelectOption[];
}

/**
 * A platform administrator's choice of the organization the dashboard shows: choosing one
 * submits it at once (the server action keeps it and reopens the overview).
 */
export function OrganizationSwitcher({ current, options }: OrganizationSwitcherProps) {
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form ref={form} action={switchOrganization} aria-busy={pending} className="w-64">
      {/* Keyed by the viewed organization: switching elsewhere (a "View" link) starts it afresh. */}
      <Select
        key={current}
        label="Organization"
        name="organization_id"
        options={options}
        defaultValue={current}
        disabled={pending}
        onValueChange={(value) => {
          if (value === current || form.current === null) return;
          const data = new FormData(form.current);
          data.set("organization_id", value);
          startTransition(() => switchOrganization(data));
        }}
      />
    </form>
  );
}
