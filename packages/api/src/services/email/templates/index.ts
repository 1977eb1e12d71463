import type { EmailMessage, RenderedEmail } from "../email-message";
import { renderInvitation } from "./invitation";
import { renderPasswordReset } from "./password-reset";
import { renderSkillVerificationRequest } from "./skill-verification-request";

/** The subject, text and HTML of `message`; "expires in …" is counted from `now`. */
export function renderEmail(message: EmailMessage, now: Date = new Date()): RenderedEmail {
  switch (message.template) {
    case "invitation":
    case "invitation-reminder":
      return renderInvitation(message, now);
    case "password-reset":
      return renderPasswordReset(message, now);
    case "skill-verification-request":
      return renderSkillVerificationRequest(message);
  }
}

export { escapeHtml } from "./layout";
