import type { CsvValue } from "../../../../lib/csv";
import { doerLabel, doerOf, ipAddressOf } from "../../../../lib/activity/activity-context";
import { activitySentence, type ActivityItem } from "../../../../lib/activity/activity-sentence";

/** The export's columns, in order: its header row. */
export const activityCsvHeader = [
  "time_utc",
  "time_local",
  "activity_type",
  "description",
  "user_id",
  "user_name",
  "user_email",
  "done_by",
  "actor_id",
  "actor_email",
  "ip_address",
  "device_type",
  "user_agent",
  "details",
] as const;

const localTimes = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-27 14:05:09" in `timeZone`: sortable, and read as a date by spreadsheets. */
function localTime(instant: string, timeZone: string): string {
  let format = localTimes.get(timeZone);
  if (format === undefined) {
    // Sweden's format is ISO 8601's, with a space.
    format = new Intl.DateTimeFormat("sv-SE", {
      timeZone,
      dateStyle: "short",
      timeStyle: "medium",
    });
    localTimes.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

/** One entry of the log as the export's cells, in the order of `activityCsvHeader`. */
export function activityCsvCells(item: ActivityItem, timeZone: string): CsvValue[] {
  const doer = doerOf(item);
  return [
    item.created_at,
    localTime(item.created_at, timeZone),
    item.activity_type,
    activitySentence(item, "observer"),
    item.user.id,
    `${item.user.first_name} ${item.user.last_name}`.trim(),
    item.user.email,
    doerLabel(doer),
    doer.kind === "person" ? doer.id : null,
    doer.kind === "person" ? doer.email : null,
    ipAddressOf(item),
    item.device_type,
    item.user_agent,
    item.activity_data === null ? null : JSON.stringify(item.activity_data),
  ];
}
