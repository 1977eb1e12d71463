import type { ImportNewUserStatus, ImportRunStatus } from "@ums/db/enums";
import type { StatusTone } from "@ums/ui";

export const runStatusLabels: Record<ImportRunStatus, string> = {
  QUEUED: "Waiting to start",
  RUNNING: "Running",
  SUCCEEDED: "Finished",
  FAILED: "Failed",
  CANCELLED: "Cancelled",
};

export const runStatusTones: Record<ImportRunStatus, StatusTone> = {
  QUEUED: "neutral",
  RUNNING: "warning",
  SUCCEEDED: "success",
  FAILED: "danger",
  CANCELLED: "neutral",
};

/** A run still under way: the page keeps asking how far it got. */
export function isActiveRun(status: ImportRunStatus): boolean {
  return status === "QUEUED" || status === "RUNNING";
}

export const newUserStatusLabels: Record<ImportNewUserStatus, string> = {
  KEEP: "As in the file",
  ACTIVE: "Active",
  PENDING: "Pending",
};

export const newUserStatusHints: Record<ImportNewUserStatus, string> = {
  KEEP: "Each new user gets the status the file gives them.",
  ACTIVE:
    "New users are active members at once (they still need an invitation or a password reset to sign in).",
  PENDING: "New users wait as pending until they accept an invitation.",
};

/** "12 created, 3 updated, 40 unchanged, 1 rejected". */
export function countsText(counts: {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}): string {
  const n = (value: number) => value.toLocaleString("en");
  return `${n(counts.created)} created, ${n(counts.updated)} updated, ${n(counts.unchanged)} unchanged, ${n(counts.rejected)} rejected`;
}
