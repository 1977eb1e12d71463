import type { EmailMessage, RenderedEmail } from "../email-message";
import { renderLayout } from "./layout";
import { expiryInWords, roleInWords } from "./words";

type InvitationMessage = Extract<EmailMessage, { template: "invitation" | "invitation-reminder" }>;

/** An invitation to join an organization, or a reminder of one (template "invitation-reminder"). */
export function renderInvitation(message: InvitationMessage, now: Date): RenderedEmail {
  const { data } = message;
  const organization = data.organizationName;
  const role = roleInWords(data.role);
  const invited =
    data.inviterName === null
      ? `You have been invited to join ${organization} as ${role}.`
      : `${data.inviterName} has invited you to join ${organization} as ${role}.`;
  const reminder = message.template === "invitation-reminder";

  return renderLayout({
    subject: reminder
      ? `Reminder: your invitation to join ${organization}`
      : `You are invited to join ${organization}`,
    heading: reminder
      ? `Your invitation to join ${organization} is waiting`
      : `You are invited to join ${organization}`,
    intro: [
      data.firstName === null ? "Hello," : `Hello ${data.firstName},`,
      reminder ? `A reminder: ${lowerFirst(invited)} It has not been accepted yet.` : invited,
      "Accept the invitation to set your password and sign in.",
    ],
    action: { label: "Accept the invitation", url: data.invitationUrl },
    notes: [
      `This invitation ${expiryInWords(data.expiresAt, now)}.`,
      "If you were not expecting it, you can ignore this e-mail: nothing happens unless you accept.",
    ],
  });
}

/** "You have been…" → "you have been…"; a name stays as it is. */
function lowerFirst(sentence: string): string {
  return sentence.startsWith("You ") ? `you ${sentence.slice(4)}` : sentence;
}
