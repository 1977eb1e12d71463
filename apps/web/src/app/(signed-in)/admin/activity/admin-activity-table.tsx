"use client";

import { DataTable, type DataTableColumn } from "@ums/ui";
import type { Route } from "next";
import Link from "next/link";

import {
  contextOf,
  doerLabel,
  doerOf,
  type ActivityDoer,
} from "../../../../lib/activity/activity-context";
import { activitySentence, type ActivityItem } from "../../../../lib/activity/activity-sentence";
import { fullTime } from "../../../../lib/activity/activity-time";
import { relativeTime } from "../../../../lib/moments";

interface AdminActivityTableProps {
  items: ActivityItem[];
  /** the administrator's time zone */
  timeZone: string;
  /** when the page was rendered (ISO): relative times are counted from it */
  now: string;
  emptyMessage: string;
}

const userHref = (id: string) => `/admin/users/${id}` as Route;

function Doer({ doer }: { doer: ActivityDoer }) {
  if (doer.kind === "person") {
    return (
      <span className="grid">
        <Link href={userHref(doer.id)} className="underline underline-offset-2">
          {doer.name}
        </Link>
        <span className="text-sm text-fg-muted">{doer.email}</span>
      </span>
    );
  }
  return <span className="text-fg-muted">{doerLabel(doer)}</span>;
}

const columns: DataTableColumn<ActivityItem & { timeZone: string; now: string }>[] = [
  {
    key: "when",
    header: "When",
    className: "whitespace-nowrap",
    cell: (item) => (
      <time dateTime={item.created_at} className="grid">
        <span>{relativeTime(item.created_at, item.now)}</span>
        <span className="text-sm text-fg-muted">{fullTime(item.created_at, item.timeZone)}</span>
      </time>
    ),
  },
  {
    key: "person",
    header: "About",
    rowHeader: true,
    cell: (item) => (
      <span className="grid">
        <Link href={userHref(item.user.id)} className="underline underline-offset-2">
          {`${item.user.first_name} ${item.user.last_name}`.trim() || item.user.email}
        </Link>
        <span className="text-sm text-fg-muted">{item.user.email}</span>
      </span>
    ),
  },
  {
    key: "activity",
    header: "Activity",
    cell: (item) => activitySentence(item, "observer"),
  },
  {
    key: "doer",
    header: "By",
    cell: (item) => <Doer doer={doerOf(item)} />,
  },
  {
    key: "context",
    header: "Context",
    cell: (item) => (
      <span className="grid max-w-72 gap-0.5 text-sm">
        <span>{contextOf(item) ?? "–"}</span>
        {item.user_agent === null ? null : (
          <span className="text-xs break-all text-fg-muted">{item.user_agent}</span>
        )}
      </span>
    ),
  },
];

/** A page of the organization's activity log, newest first, as a table. */
export function AdminActivityTable({
  items,
  timeZone,
  now,
  emptyMessage,
}: AdminActivityTableProps) {
  return (
    <DataTable
      caption="Activity, newest first"
      captionHidden
      columns={columns}
      rows={items.map((item) => ({ ...item, timeZone, now }))}
      getRowId={(item) => item.id}
      emptyMessage={emptyMessage}
    />
  );
}
