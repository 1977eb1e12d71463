import type { Route } from "next";
import Link from "next/link";

import type { ActivityItem } from "../../../../../lib/activity/activity-sentence";
import { AdminActivityTable } from "../../activity/admin-activity-table";

interface ActivityTabProps {
  userId: string;
  /** the newest entries about the user, with who did each */
  items: ActivityItem[];
  /** the administrator's time zone */
  timeZone: string;
  /** when the page was rendered (ISO) */
  now: string;
}

/**
 * The newest entries of the user's activity log, as the organization's log shows them (who did
 * it, by name; the context), and the way to the whole of it with filters.
 */
export function ActivityTab({ userId, items, timeZone, now }: ActivityTabProps) {
  const wholeLog: Route = `/admin/activity?user_id=${userId}`;
  return (
    <div className="grid gap-4">
      <p className="text-fg-muted">
        The newest entries of the user&apos;s activity log.{" "}
        <Link href={wholeLog}>See all of their activity, with filters</Link>
      </p>
      <AdminActivityTable
        items={items}
        timeZone={timeZone}
        now={now}
        emptyMessage="No activity yet."
      />
    </div>
  );
}
