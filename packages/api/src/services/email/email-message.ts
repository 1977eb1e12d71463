import type { ProficiencyLevel, UserRole } from "@ums/db";

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

/** What a request to verify a skill says to one instructor or admin of the owner's organization. */
interface SkillVerificationRequestData {
  /** the reader's first name */
  firstName: string;
  /** the skill's owner, as people know them */
  learnerName: string;
  skillName: string;
  skillCategory: string;
  proficiencyLevel: ProficiencyLevel;
  /** what backs the claim (certificate, assessment, project, other), when the owner said */
  evidenceType: string | null;
  /** where the reader reviews the person's skills */
  reviewUrl: string;
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
    }
  | {
      template: "skill-verification-request";
      to: string;
      organizationId: string;
      data: SkillVerificationRequestData;
    };

export type EmailTemplate = EmailMessage["template"];

/** A message rendered from its template. The subject never carries a link or token. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}
