import type { EmailMessage, RenderedEmail } from "../email-message";
import { renderLayout } from "./layout";
import { proficiencyInWords } from "./words";

type SkillVerificationRequestMessage = Extract<
  EmailMessage,
  { template: "skill-verification-request" }
>;

/**
 * A learner asks the instructors and admins of their organization to verify one of their skills.
 * The subject names the person but no link; the link leads to where verifiers review skills.
 */
export function renderSkillVerificationRequest(
  message: SkillVerificationRequestMessage,
): RenderedEmail {
  const { data } = message;
  const claim = `${data.skillName} (${data.skillCategory}) at ${proficiencyInWords(data.proficiencyLevel)} level`;
  return renderLayout({
    subject: `${data.learnerName} asks you to verify a skill`,
    heading: `${data.learnerName} asks you to verify a skill`,
    intro: [
      `Hello ${data.firstName},`,
      `${data.learnerName} has asked the instructors and administrators of your organization to verify their skill ${claim}.`,
      data.evidenceType === null
        ? "They did not name any evidence for it."
        : `The evidence they name: ${data.evidenceType} (its link, if any, is in the skill's record).`,
    ],
    action: { label: "Review their skills", url: data.reviewUrl },
    notes: [
      "One verification is enough: once someone verifies the skill, the request is answered for everyone.",
      "You receive this e-mail because you are an instructor or administrator of the organization.",
    ],
  });
}
