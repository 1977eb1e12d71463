import type { TRPCRouterRecord } from "@trpc/server";

import {
  mailboxInput,
  mailboxMessageWithBody,
  mailboxPage,
  readEmailInput,
} from "../schemas/emails";
import { listMailbox, readEmail } from "../services/email/mailbox";
import { orgAdminProcedure } from "../trpc";

const tags: ["Development mailbox"] = ["Development mailbox"];

/**
 * The outgoing e-mail outbox, as a mailbox: org admins see their organization's messages, super
 * admins every organization's. Bodies are readable only while SMTP_URL is unset.
 */
export const emailsRouter = {
  mailbox: orgAdminProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/emails",
        tags,
        summary: "List outgoing e-mail with its delivery state",
        description:
          "Signed-in org admins see their organization's messages (another `organization_id` is 404), super admins every organization's or one's. Newest first, without bodies. Pages are cursor-based: pass `next_cursor` back as `cursor`.",
        paginated: true,
      },
    })
    .input(mailboxInput)
    .output(mailboxPage)
    .query(({ ctx, input }) => listMailbox(ctx, input)),
  read: orgAdminProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/emails/{email_id}",
        tags,
        summary: "Read an outgoing e-mail with its text and HTML",
        description:
          "Development mailbox only: with SMTP configured, messages go to the recipients and their bodies are erased once delivered, so this is refused (403). A message outside the caller's organization is 404 (super admins read any).",
      },
    })
    .input(readEmailInput)
    .output(mailboxMessageWithBody)
    .query(({ ctx, input }) => readEmail(ctx, input.email_id)),
} satisfies TRPCRouterRecord;
