import { describe, expect, it } from "vitest";

import type { EmailMessage } from "../email-message";
import { escapeHtml, renderEmail } from ".";
import { dateInWords, timeUntilInWords } from "./words";

const now = new Date("2025-06-15T12:00:00.000Z");
const token = "tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
const invitationUrl = `https://learn.example.test/invitations/accept?token=${token}&source=email`;

const invitation = (
  overrides: Partial<Extract<EmailMessage, { template: "invitation" }>["data"]> = {},
): Extract<EmailMessage, { template: "invitation" }> => ({
  template: "invitation",
  to: "new.person@example.test",
  organizationId: "5b0a7f0e-7c39-4c1d-9a55-0c2f6d1c9b11",
  data: {
    organizationName: "Acme Learning",
    inviterName: "Ada Lovelace",
    role: "INSTRUCTOR",
    invitationUrl,
    expiresAt: new Date("2025-06-22T12:00:00.000Z"),
    firstName: "Grace",
    ...overrides,
  },
});

describe("e-mail templates", () => {
  it("invitation: organization, inviter, role in words, link as button and text, expiry", () => {
    const { subject, text, html } = renderEmail(invitation(), now);
    expect(subject).toBe("You are invited to join Acme Learning");
    for (const part of [text, html]) {
      expect(part).toContain("Hello Grace,");
      expect(part).toContain(
        "Ada Lovelace has invited you to join Acme Learning as an instructor.",
      );
      expect(part).toContain(
        "This invitation expires in 7 days, on Sunday 22 June 2025 at 12:00 UTC.",
      );
    }
    expect(text).toContain(`Accept the invitation:\n${invitationUrl}\n`);
    const escapedUrl = invitationUrl.replace("&", "&amp;");
    expect(html).toContain(`<a href="${escapedUrl}"`);
    expect(html).toMatch(/<a href="[^"]+"[^>]*>Accept the invitation<\/a>/);
    // the link also in plain text, for clients that break buttons
    expect(html).toContain(`>${escapedUrl}</a>`);
  });

  it("HTML is a simple accessible document: language, title, one heading, no images", () => {
    const { html } = renderEmail(invitation(), now);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain("<title>You are invited to join Acme Learning</title>");
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<img|<script/i);
  });

  it("escapes every interpolated value in the HTML", () => {
    const hostile = '<script>alert("x")</script> & Co\'s';
    const { subject, text, html } = renderEmail(
      invitation({ organizationName: hostile, inviterName: "<b>Mallory</b>", firstName: "<i>" }),
      now,
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>Mallory");
    expect(html).not.toContain("<i>");
    expect(html).toContain(escapeHtml(hostile));
    expect(escapeHtml(hostile)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&#39;s",
    );
    // Text is text: shown as typed.
    expect(text).toContain(hostile);
    expect(subject).toBe(`You are invited to join ${hostile}`);
  });

  it("without an inviter or a first name, says so plainly", () => {
    const { text } = renderEmail(invitation({ inviterName: null, firstName: null }), now);
    expect(text).toContain("Hello,\n");
    expect(text).toContain("You have been invited to join Acme Learning as an instructor.");
  });

  it("names each role in words", () => {
    const phrases = {
      LEARNER: "as a learner.",
      INSTRUCTOR: "as an instructor.",
      ORG_ADMIN: "as an organization administrator.",
      SUPER_ADMIN: "as a platform administrator.",
    } as const;
    for (const [role, phrase] of Object.entries(phrases)) {
      expect(renderEmail(invitation({ role: role as keyof typeof phrases }), now).text).toContain(
        phrase,
      );
    }
  });

  it("invitation reminder: says it is a reminder, with the same link and expiry", () => {
    const base = invitation();
    const { subject, text, html } = renderEmail(
      { ...base, template: "invitation-reminder", data: { ...base.data, reminderNumber: 2 } },
      new Date("2025-06-21T11:00:00.000Z"),
    );
    expect(subject).toBe("Reminder: your invitation to join Acme Learning");
    expect(text).toContain("Your invitation to join Acme Learning is waiting");
    expect(text).toContain(
      "A reminder: Ada Lovelace has invited you to join Acme Learning as an instructor. It has not been accepted yet.",
    );
    expect(text).toContain("expires in 1 day, on Sunday 22 June 2025 at 12:00 UTC");
    expect(text).toContain(invitationUrl);
    expect(html).toContain(invitationUrl.replace("&", "&amp;"));
  });

  it("password reset: the link, once, with its expiry in hours", () => {
    const resetUrl = `https://learn.example.test/reset-password?token=${token}`;
    const { subject, text, html } = renderEmail(
      {
        template: "password-reset",
        to: "someone@example.test",
        organizationId: null,
        data: { firstName: "Linus", resetUrl, expiresAt: new Date("2025-06-15T13:00:00.000Z") },
      },
      now,
    );
    expect(subject).toBe("Reset your password");
    expect(text).toContain("Hello Linus,");
    expect(text).toContain(`Choose a new password:\n${resetUrl}\n`);
    expect(text).toContain(
      "This link works once and expires in 1 hour, on Sunday 15 June 2025 at 13:00 UTC.",
    );
    expect(html).toContain(`href="${resetUrl}"`);
    expect(html).toContain("<h1");
  });

  it("never puts the link or token in the subject, and keeps the subject on one line", () => {
    const message = invitation({ organizationName: "Acme\r\nBcc: victim@example.test" });
    const { subject } = renderEmail(message, now);
    expect(subject).toBe("You are invited to join Acme Bcc: victim@example.test");
    const reminder: EmailMessage = {
      ...invitation(),
      template: "invitation-reminder",
      data: { ...invitation().data, reminderNumber: 1 },
    };
    const reset: EmailMessage = {
      template: "password-reset",
      to: "someone@example.test",
      organizationId: null,
      data: { firstName: null, resetUrl: invitationUrl, expiresAt: now },
    };
    for (const message of [invitation(), reminder, reset]) {
      const rendered = renderEmail(message, now);
      expect(rendered.subject).not.toContain(token);
      expect(rendered.subject).not.toMatch(/https?:/);
    }
  });

  it("skill verification request: the learner, the claim in words, the review link; HTML escaped", () => {
    const { subject, text, html } = renderEmail(
      {
        template: "skill-verification-request",
        to: "ada@example.test",
        organizationId: "5b0a7f0e-7c39-4c1d-9a55-0c2f6d1c9b11",
        data: {
          firstName: "Ada",
          learnerName: "Grace <Hopper>",
          skillName: "COBOL",
          skillCategory: "Programming",
          proficiencyLevel: "EXPERT",
          evidenceType: null,
          reviewUrl: "https://learn.example.test/people/42",
        },
      },
      now,
    );
    expect(subject).toBe("Grace <Hopper> asks you to verify a skill");
    expect(text).toContain("Hello Ada,");
    expect(text).toContain("their skill COBOL (Programming) at expert level.");
    expect(text).toContain("They did not name any evidence for it.");
    expect(text).toContain("https://learn.example.test/people/42");
    expect(html).toContain("Grace &lt;Hopper&gt;");
    expect(html).not.toContain("<Hopper>");
  });

  it("refuses links that are not http(s)", () => {
    expect(() => renderEmail(invitation({ invitationUrl: "javascript:alert(1)" }), now)).toThrow(
      /http\(s\)/,
    );
  });

  it("words: dates in UTC, time until rounded to the largest unit", () => {
    expect(dateInWords(new Date("2025-01-05T07:03:00.000Z"))).toBe(
      "Sunday 5 January 2025 at 07:03 UTC",
    );
    const later = (ms: number) => new Date(now.getTime() + ms);
    expect(timeUntilInWords(later(30 * 60_000), now)).toBe("in 30 minutes");
    expect(timeUntilInWords(later(60_000), now)).toBe("in 1 minute");
    expect(timeUntilInWords(later(3 * 3_600_000), now)).toBe("in 3 hours");
    expect(timeUntilInWords(later(2 * 86_400_000), now)).toBe("in 2 days");
    expect(timeUntilInWords(later(-5_000), now)).toBe("now");
  });
});
