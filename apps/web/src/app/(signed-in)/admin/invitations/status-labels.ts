import type { InvitationStatus } from "@ums/db/enums";
import type { StatusTone } from "@ums/ui";

export const invitationStatuses: readonly InvitationStatus[] = [
  "PENDING",
  "ACCEPTED",
  "EXPIRED",
  "CANCELLED",
];

export const statusLabels: Record<InvitationStatus, string> = {
  PENDING: "Pending",
  ACCEPTED: "Accepted",
  EXPIRED: "Expired",
  CANCELLED: "Revoked",
};

export const statusTones: Record<InvitationStatus, StatusTone> = {
  PENDING: "warning",
  ACCEPTED: "success",
  EXPIRED: "neutral",
  CANCELLED: "danger",
};
