import { EmptyState } from "@ums/ui";
import type { Route } from "next";
import Link from "next/link";

import { enumWords, instantText, type UserDetails } from "./user-labels";

type Activity = UserDetails["recent_activity"][number];

/** " (first name, username)" or " (from learner to instructor)": what the entry's data names. */
function detailOf(activity: Activity): string {
  const data = activity.activity_data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "";
  const record = data as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof record.skill_name === "string") parts.push(`“${record.skill_name}”`);
  if (typeof record.title === "string") parts.push(`“${record.title}”`);
  if (typeof record.from === "string" && typeof record.to === "string") {
    parts.push(
      `from ${enumWords(record.from).toLowerCase()} to ${enumWords(record.to).toLowerCase()}`,
    );
  } else if (Array.isArray(record.fields)) {
    const fields = record.fields.filter((field): field is string => typeof field === "string");
    if (fields.length > 0) parts.push(fields.map((field) => field.replaceAll("_", " ")).join(", "));
  }
  return parts.length === 0 ? "" : ` (${parts.join("; ")})`;
}

/** Who did it, seen by `viewerId`: the user themself, the viewer, or someone else. */
function actorOf(activity: Activity, viewerId: string): string {
  if (activity.actor_id === null || activity.actor_id === activity.user_id) return "the user";
  return activity.actor_id === viewerId ? "you" : "another person";
}

/** The newest entries of the user's activity log, and the way to the whole of it. */
export function ActivityTab({ user, viewerId }: { user: UserDetails; viewerId: string }) {
  const wholeLog = `/admin/activity?user_id=${user.id}` as Route;
  return (
    <div className="grid gap-4">
      <p className="text-fg-muted">
        The {user.recent_activity.length === 1 ? "newest entry" : "newest entries"} of the
        user&apos;s activity log.{" "}
        <Link href={wholeLog}>See all of their activity, with filters</Link>
      </p>
      {user.recent_activity.length === 0 ? (
        <EmptyState title="No activity yet" headingLevel={2} />
      ) : (
        <ol className="grid rounded-ums border-ums border-line bg-surface">
          {user.recent_activity.map((activity) => (
            <li
              key={activity.id}
              className="grid gap-1 border-b border-line px-4 py-3 last:border-b-0 sm:grid-cols-[1fr_auto] sm:gap-4"
            >
              <div className="grid gap-0.5">
                <p className="text-fg">
                  {enumWords(activity.activity_type)}
                  {detailOf(activity)}
                </p>
                <p className="text-sm text-fg-muted">
                  By {actorOf(activity, viewerId)}
                  {activity.ip_address ? `, from ${activity.ip_address}` : ""}
                  {activity.device_type ? `, on ${activity.device_type}` : ""}
                </p>
              </div>
              <p className="text-sm text-fg-muted sm:text-end">
                <time dateTime={activity.created_at}>{instantText(activity.created_at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
