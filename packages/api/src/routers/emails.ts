import type { TRPCRouterRecord } from "@trpc/server";

import { mailboxInput, readEmailInput } from "../schemas/emails";
import { listMailbox, readEmail } from "../services/email/mailbox";
import { orgAdminProcedure } from "../trpc";

/**
 * The outgoing e-mail outbox, as a mailbox: org admins see their organization's messages, super
 * admins every organization's. Bodies are readable only while SMTP_URL is unset.
 */
export const emailsRouter = {
  mailbox: orgAdminProcedure.input(mailboxInput).query(({ ctx, input }) => listMailbox(ctx, input)),
  read: orgAdminProcedure.input(readEmailInput).query(({ ctx, input }) => readEmail(ctx, input.id)),
} satisfies TRPCRouterRecord;
