import type { RouterOutputs } from "@ums/api";
import type { emailTemplates } from "@ums/api/schemas/emails";
import type { EmailStatus } from "@ums/db/enums";
import type { StatusTone } from "@ums/ui";

export type MailboxMessage = RouterOutputs["emails"]["mailbox"]["items"][number];

/** A message's delivery state in words; "Waiting" rather than "Pending": it waits for the worker. */
export const emailStatusTexts: Record<EmailStatus, { label: string; tone: StatusTone }> = {
  PENDING: { label: "Waiting", tone: "warning" },
  SENT: { label: "Sent", tone: "success" },
  FAILED: { label: "Failed", tone: "danger" },
};

/** The statuses in the order the filter lists them. */
export const emailStatuses: readonly EmailStatus[] = ["PENDING", "SENT", "FAILED"];

const templateLabels: Record<(typeof emailTemplates)[number], string> = {
  invitation: "Invitation",
  "invitation-reminder": "Invitation reminder",
  "password-reset": "Password reset",
  "skill-verification-request": "Skill verification request",
};

/** The kind of message, from the template it was rendered from. */
export function templateLabel(template: string): string {
  return template in templateLabels
    ? templateLabels[template as keyof typeof templateLabels]
    : template;
}
