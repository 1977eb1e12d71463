"use client";

import { buttonClassName, Select, type SelectOption } from "@ums/ui";
import Link from "next/link";

import { activityTypeLabels } from "../../../../lib/activity/activity-sentence";
import { useUrlState } from "../../../../lib/use-url-state";
import { DayField } from "./day-field";
import type { ActivityFilterErrors, ActivityFilters } from "./activity-filters";
import { PersonFilter } from "./person-filter";

/** A Radix option's value cannot be "": this one stands for "every type". */
const allTypes = "ALL";

const typeOptions: SelectOption[] = [
  { value: allTypes, label: "All activity" },
  ...Object.entries(activityTypeLabels).map(([value, label]) => ({ value, label })),
];

interface ActivityFilterBarProps {
  filters: ActivityFilters;
  errors: ActivityFilterErrors;
  /** the chosen people as the page names them */
  userLabel: string | null;
  actorLabel: string | null;
  /** the administrator's time zone, in which the dates are days */
  timeZone: string;
  organizationInput: { organization_id?: string };
}

/**
 * The activity log's filters. Each change goes into the URL at once (a history entry, back to the
 * first page), so a view can be shared, survives a reload, and the back button undoes a filter.
 */
export function ActivityFilterBar({
  filters,
  errors,
  userLabel,
  actorLabel,
  timeZone,
  organizationInput,
}: ActivityFilterBarProps) {
  const { navigate, pending } = useUrlState();
  const anyFilter = Object.values(filters).some((value) => value !== null);
  return (
    <div role="search" aria-label="Filter the activity" aria-busy={pending} className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Select
          label="Activity"
          options={typeOptions}
          value={filters.type ?? allTypes}
          onValueChange={(value) => {
            navigate({ type: value === allTypes ? null : value });
          }}
        />
        <PersonFilter
          label="About"
          description="The person the activity is about"
          value={filters.userId}
          valueLabel={userLabel}
          anyoneLabel="Anyone"
          organizationInput={organizationInput}
          onChange={(id) => {
            navigate({ user_id: id });
          }}
        />
        <PersonFilter
          label="Done by"
          description="Someone acting on another's account"
          value={filters.actorId}
          valueLabel={actorLabel}
          anyoneLabel="Anyone, or the person themself"
          organizationInput={organizationInput}
          onChange={(id) => {
            navigate({ actor_id: id });
          }}
        />
        <DayField
          label="From"
          description={`The first day, in ${timeZone}`}
          value={filters.from}
          max={filters.to}
          error={errors.from}
          onChange={(day, history) => {
            navigate({ from: day }, { history });
          }}
        />
        <DayField
          label="To"
          description={`The last day, in ${timeZone}`}
          value={filters.to}
          min={filters.from}
          error={errors.to}
          onChange={(day, history) => {
            navigate({ to: day }, { history });
          }}
        />
      </div>
      {anyFilter ? (
        <p>
          <Link href="/admin/activity" className={buttonClassName("ghost", "sm")}>
            Clear the filters
          </Link>
        </p>
      ) : null}
    </div>
  );
}
