import type { EmailMessage, RenderedEmail } from "../email-message";
import { renderLayout } from "./layout";
import { expiryInWords } from "./words";

type PasswordResetMessage = Extract<EmailMessage, { template: "password-reset" }>;

/** A one-time link to choose a new password. */
export function renderPasswordReset(message: PasswordResetMessage, now: Date): RenderedEmail {
  const { data } = message;
  return renderLayout({
    subject: "Reset your password",
    heading: "Reset your password",
    intro: [
      data.firstName === null ? "Hello," : `Hello ${data.firstName},`,
      "Someone, hopefully you, asked to reset the password of the account with this e-mail address.",
    ],
    action: { label: "Choose a new password", url: data.resetUrl },
    notes: [
      `This link works once and ${expiryInWords(data.expiresAt, now)}.`,
      "If you did not ask for it, ignore this e-mail: your password stays as it is.",
    ],
  });
}
