import type { UserRole } from "@ums/db";

/** What an invitation and its reminders say. */
interface InvitationData {
  organizationName: string;
  /** who sent the invitation, as people know them (e.g. "Ada Lovelace"); null when unknown */
  inviterName: string | null;
  role: UserRole;
  /** the accept link, carrying the one-time token */
  invitationUrl: string;
  expiresAt: Date;
  /** the invitee's first name, when the inviter gave it */
  firstName: string | null;
}

/** An e-mail to send: which template, to whom, for which organization, and what to fill in. */
export type EmailMessage =
  | { template: "invitation"; to: string; organizationId: string; data: InvitationData }
  | {
      template: "invitation-reminder";
      to: string;
      organizationId: string;
      /** reminderNumber: 1 for the first reminder (for the caller's records; not shown) */
      data: InvitationData & { reminderNumber: number };
    }
  | {
      template: "password-reset";
      to: string;
      /** the user's organization (whose development mailbox shows it); null for platform mail */
      organizationId: string | null;
      /** resetUrl carries the one-time token */
      data: { firstName: string | null; resetUrl: string; expiresAt: Date };
    };

export type EmailTemplate = EmailMessage["template"];

/** A message rendered from its template. The subject never carries a link or token. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}
