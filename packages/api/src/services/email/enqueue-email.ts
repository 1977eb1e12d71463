import { randomUUID } from "node:crypto";

import type { Settings } from "@ums/db/settings";

import type { Tx } from "../service-context";
import { encryptBody } from "./body-encryption";
import type { EmailMessage } from "./email-message";
import { renderEmail } from "./templates";

/** What the outbox stores, encrypted, as a message's body. */
export interface EmailBody {
  text: string;
  html: string;
}

/**
 * Queues `message` in the outbox: renders its template and inserts one email_outbox row in the
 * caller's transaction `tx`, so the e-mail exists if and only if the change that causes it commits.
 * The text and HTML bodies (which carry one-time links) are stored encrypted; the subject, in
 * clear, never carries a link or token. The deliver-emails job sends it.
 */
export async function enqueueEmail(
  tx: Tx,
  settings: Settings,
  message: EmailMessage,
): Promise<{ id: string }> {
  const now = new Date();
  const { subject, text, html } = renderEmail(message, now);
  const id = randomUUID();
  const body: EmailBody = { text, html };
  await tx.emailOutbox.create({
    data: {
      id,
      organization_id: message.organizationId,
      to_email: message.to,
      template: message.template,
      subject,
      body_encrypted: encryptBody(settings, JSON.stringify(body), id),
      next_attempt_at: now,
    },
    select: { id: true },
  });
  return { id };
}
