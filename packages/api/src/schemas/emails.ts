import { EmailStatus } from "@ums/db/enums";
import { z } from "zod";

import { pageLimit, str, uuid } from "./fields";

/** The templates outgoing e-mail is rendered from. */
export const emailTemplates = ["invitation", "invitation-reminder", "password-reset"] as const;

/** `emails.mailbox`: the outbox's messages, newest first, a page at a time. */
export const mailboxInput = z.strictObject({
  /** super admins only (others see their own organization); omitted: every organization */
  organization_id: uuid.optional(),
  status: z.enum(EmailStatus).optional(),
  limit: pageLimit(),
  cursor: str().max(512, "must be at most 512 characters").optional(),
});

/** `emails.read`: one message with its body (development mailbox only). */
export const readEmailInput = z.strictObject({ id: uuid });

export type MailboxInput = z.infer<typeof mailboxInput>;
export type ReadEmailInput = z.infer<typeof readEmailInput>;
