"use client";

import type { ActivityType } from "@ums/db/enums";
import { Select, type SelectOption } from "@ums/ui";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

import { activityTypeLabels } from "../../../lib/activity/activity-sentence";

/** A Radix option's value cannot be "": this one stands for "every type". */
const allTypes = "ALL";

const options: SelectOption[] = [
  { value: allTypes, label: "All activity" },
  ...Object.entries(activityTypeLabels).map(([value, label]) => ({ value, label })),
];

/** The timeline's type filter; it lives in the URL (`?type=`), so a filtered view can be shared. */
export function ActivityFilter({ type }: { type: ActivityType | null }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="max-w-xs" aria-busy={pending}>
      <Select
        label="Show"
        options={options}
        value={type ?? allTypes}
        onValueChange={(value) => {
          startTransition(() => {
            router.push(value === allTypes ? "/activity" : `/activity?type=${value}`);
          });
        }}
      />
    </div>
  );
}
