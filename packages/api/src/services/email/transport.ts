import { createTransport } from "nodemailer";

/** One message as it leaves: the decrypted bodies, addressed. */
export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Hands a message to a mail server; resolves once the server has accepted it. */
export type SendEmail = (message: OutgoingEmail) => Promise<void>;

/** A way out for messages, and how to let go of its connections when a run is over. */
export interface EmailTransport {
  send: SendEmail;
  close: () => void;
}

/**
 * nodemailer over `smtpUrl` (smtp:// or smtps://, credentials in the URL), one pooled connection
 * reused for a run's messages. The timeouts are short enough that a hung server fails the attempt
 * (and it is retried later) well before the delivery job's row lock times out.
 */
export function smtpTransport(smtpUrl: string): EmailTransport {
  const transporter = createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    send: async (message) => {
      await transporter.sendMail(message);
    },
    close: () => {
      transporter.close();
    },
  };
}

/**
 * A short description of a failed send for the outbox's last_error: the error code and the first
 * line of the message, with URLs (which may carry credentials or links) replaced, at most 200
 * characters. Never the message's body.
 */
export function describeSendError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code =
    typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
      ? error.code
      : undefined;
  const firstLine = (message.split(/\r?\n/)[0] ?? "")
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, "[url]")
    .trim();
  const text =
    code !== undefined && !firstLine.includes(code) ? `${code}: ${firstLine}` : firstLine;
  const short = text === "" ? "Sending failed" : text;
  return short.length > 200 ? `${short.slice(0, 199)}…` : short;
}
