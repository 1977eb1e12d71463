// Outgoing e-mail: queued in the outbox inside the caller's transaction, delivered by the
// deliver-emails job (jobs/deliver-emails.ts).
export { decryptBody, encryptBody, PUBLIC_DEVELOPMENT_OUTBOX_KEY } from "./body-encryption";
export { enqueueEmail, type EmailBody } from "./enqueue-email";
export type { EmailMessage, EmailTemplate, RenderedEmail } from "./email-message";
export { renderEmail } from "./templates";
export { listMailbox, readEmail } from "./mailbox";
export {
  describeSendError,
  smtpTransport,
  type EmailTransport,
  type OutgoingEmail,
  type SendEmail,
} from "./transport";
