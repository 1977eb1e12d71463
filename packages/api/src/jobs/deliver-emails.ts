import type { Tx } from "../services/service-context";
import { decryptBody } from "../services/email/body-encryption";
import type { EmailBody } from "../services/email/enqueue-email";
import {
  describeSendError,
  smtpTransport,
  type EmailTransport,
  type SendEmail,
} from "../services/email/transport";
import type { JobDeps } from "./job";

/** A message is given up (FAILED) when its 8th attempt fails. */
export const maxDeliveryAttempts = 8;

const minuteMs = 60_000;
const maxRetryDelayMs = 6 * 60 * minuteMs;

/**
 * How long to wait after the `attempts`-th failed attempt: 1 minute × 2^attempts, at most 6 hours
 * (2, 4, 8, 16, 32, 64, 128 minutes; the 8th failure is final).
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(minuteMs * 2 ** attempts, maxRetryDelayMs);
}

export interface DeliverEmailsOptions {
  /**
   * Sends instead of SMTP_URL's server (tests). Messages it accepts count as delivered: their
   * bodies are erased, as after SMTP.
   */
  send?: SendEmail;
  /** at most this many messages per run (default 100); the rest wait for the next run */
  batchSize?: number;
  /** where the development mailbox writes its one line per message (default console.info) */
  log?: (line: string) => void;
}

export interface DeliveryReport {
  sent: number;
  /** failed attempts that will be retried */
  retrying: number;
  /** messages given up in this run */
  failed: number;
}

interface DueMessage {
  id: string;
  to_email: string;
  subject: string;
  body_encrypted: string | null;
  attempts: number;
}

type Outcome = "sent" | "retrying" | "failed" | "none";

/**
 * Delivers the outbox's due messages (PENDING, next_attempt_at reached), oldest first:
 * - over SMTP (SMTP_URL, or `options.send`): SENT, sent_at set and the body erased; a failure
 *   counts an attempt, keeps a short last_error and waits retryDelayMs; the 8th failure is FAILED;
 * - without SMTP_URL, the development mailbox: SENT with the body kept (encrypted), readable by
 *   admins through `emails.read`, and one log line with the recipient and subject, never the body
 *   (it carries one-time links).
 *
 * Each message is taken with SELECT … FOR UPDATE SKIP LOCKED in its own transaction, held while it
 * is sent and its outcome written: two workers never send the same message, and each message's
 * outcome commits on its own. A crash between the server's acceptance and that commit sends the
 * message again on a later run (at least once, never lost).
 */
export async function deliverEmails(
  { db, now, settings }: JobDeps,
  { send, batchSize = 100, log = console.info }: DeliverEmailsOptions = {},
): Promise<DeliveryReport> {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a whole number above 0, not ${batchSize}`);
  }
  const transport: EmailTransport | null =
    send !== undefined
      ? { send, close: () => undefined }
      : settings.SMTP_URL !== undefined
        ? smtpTransport(settings.SMTP_URL)
        : null;
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  try {
    // When the mail server cannot be reached, the other messages would only wait out the same
    // timeout: the run stops, and they are tried at the next one.
    const run = { serverUnreachable: false };
    for (let handled = 0; handled < batchSize && !run.serverUnreachable; handled++) {
      let logLine: string | undefined;
      const outcome = await db.$transaction(
        async (tx): Promise<Outcome> => {
          const message = await takeDueMessage(tx, now());
          if (message === undefined) return "none";
          if (transport === null) {
            await markSent(tx, message.id, now(), { eraseBody: false });
            logLine = `[mail] To ${message.to_email}: "${message.subject}" (read it in the development mailbox, message ${message.id})`;
            return "sent";
          }
          try {
            const body = readBody(settings, message);
            await transport.send({ from: settings.MAIL_FROM, to: message.to_email, ...body });
          } catch (error) {
            run.serverUnreachable = isConnectionError(error);
            return recordFailure(tx, message, now(), describeSendError(error));
          }
          await markSent(tx, message.id, now(), { eraseBody: true });
          return "sent";
        },
        // Long enough for the SMTP timeouts (smtpTransport): the row stays locked until the
        // message's outcome is written.
        { maxWait: 10_000, timeout: 5 * minuteMs },
      );
      if (outcome === "none") break;
      report[outcome] += 1;
      if (logLine !== undefined) log(logLine);
    }
  } finally {
    transport?.close();
  }
  return report;
}

/** The oldest due message no other worker holds, locked until the transaction ends. */
async function takeDueMessage(tx: Tx, now: Date): Promise<DueMessage | undefined> {
  // Timestamps are stored in UTC without a zone (Prisma's DateTime); compare in UTC.
  const [message] = await tx.$queryRaw<DueMessage[]>`
    SELECT "id", "to_email", "subject", "body_encrypted", "attempts"
    FROM "email_outbox"
    WHERE "status" = 'PENDING'
      AND "next_attempt_at" <= (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
    ORDER BY "next_attempt_at", "created_at", "id"
    LIMIT 1
    FOR UPDATE SKIP LOCKED`;
  return message;
}

function readBody(
  settings: JobDeps["settings"],
  message: DueMessage,
): EmailBody & { subject: string } {
  if (message.body_encrypted === null) throw new Error("The message has no body");
  const body = JSON.parse(decryptBody(settings, message.body_encrypted, message.id)) as EmailBody;
  return { subject: message.subject, text: body.text, html: body.html };
}

async function markSent(tx: Tx, id: string, at: Date, { eraseBody }: { eraseBody: boolean }) {
  await tx.emailOutbox.update({
    where: { id },
    data: {
      status: "SENT",
      sent_at: at,
      last_error: null,
      ...(eraseBody ? { body_encrypted: null } : {}),
    },
    select: { id: true },
  });
}

async function recordFailure(
  tx: Tx,
  message: DueMessage,
  at: Date,
  error: string,
): Promise<"retrying" | "failed"> {
  const attempts = message.attempts + 1;
  const giveUp = attempts >= maxDeliveryAttempts;
  await tx.emailOutbox.update({
    where: { id: message.id },
    data: {
      attempts,
      last_error: error,
      ...(giveUp
        ? { status: "FAILED" }
        : { next_attempt_at: new Date(at.getTime() + retryDelayMs(attempts)) }),
    },
    select: { id: true },
  });
  return giveUp ? "failed" : "retrying";
}

/** Errors about reaching the server at all, rather than about one message. */
function isConnectionError(error: unknown): boolean {
  const code =
    typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return (
    typeof code === "string" &&
    [
      "ECONNREFUSED",
      "ECONNRESET",
      "ETIMEDOUT",
      "EHOSTUNREACH",
      "ENOTFOUND",
      "ECONNECTION",
      "ESOCKET",
      "EDNS",
    ].includes(code)
  );
}
