import { EmailStatus } from "@ums/db/enums";
import { z } from "zod";

import { pageLimit, str, uuid } from "./fields";
import { instant } from "./records";

/** The templates outgoing e-mail is rendered from. */
export const emailTemplates = [
  "invitation",
  "invitation-reminder",
  "password-reset",
  "skill-verification-request",
] as const;

/** `emails.mailbox`: the outbox's messages, newest first, a page at a time. */
export const mailboxInput = z.strictObject({
  /** super admins only (others see their own organization); omitted: every organization */
  organization_id: uuid.optional(),
  status: z.enum(EmailStatus).optional(),
  limit: pageLimit(),
  cursor: str().max(512, "must be at most 512 characters").optional(),
});

/** `emails.read`: one message with its body (development mailbox only). */
export const readEmailInput = z.strictObject({ email_id: uuid });

export type MailboxInput = z.infer<typeof mailboxInput>;
export type ReadEmailInput = z.infer<typeof readEmailInput>;

// RESPONSES -------------------------------------------------------------------------------------

/** A message of the outbox as the mailbox lists it: its delivery state, never its body. */
export const mailboxMessage = z
  .object({
    id: z.uuid(),
    organization_id: z
      .uuid()
      .nullable()
      .meta({ description: "whose mailbox it is in; null for platform mail" }),
    to_email: z.string().meta({ example: "ada@example.com" }),
    template: z.string().meta({
      description: `the template it was rendered from: ${emailTemplates.join(", ")}`,
      example: "invitation",
    }),
    subject: z.string(),
    status: z.enum(EmailStatus),
    attempts: z.int().meta({ description: "delivery attempts so far" }),
    last_error: z.string().nullable().meta({ description: "why the last attempt failed" }),
    sent_at: instant.nullable(),
    created_at: instant,
  })
  .meta({ id: "MailboxMessage" });

/** `GET /emails`: a page of the mailbox, newest first. */
export const mailboxPage = z
  .object({
    items: z.array(mailboxMessage),
    next_cursor: z
      .string()
      .nullable()
      .meta({ description: "pass as `cursor` for the next page; null on the last page" }),
  })
  .meta({ id: "MailboxPage" });

/** `GET /emails/{email_id}`: one message with its decrypted bodies. */
export const mailboxMessageWithBody = mailboxMessage
  .extend({
    text: z.string().nullable().meta({ description: "the plain-text body; null once erased" }),
    html: z.string().nullable().meta({ description: "the HTML body; null once erased" }),
  })
  .meta({ id: "MailboxMessageWithBody" });
