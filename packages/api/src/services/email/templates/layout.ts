import type { RenderedEmail } from "../email-message";

/** The parts every message is made of; each is plain text, escaped here for HTML. */
export interface EmailContent {
  subject: string;
  heading: string;
  /** paragraphs before the button */
  intro: string[];
  action: { label: string; url: string };
  /** paragraphs after the link: expiry, what to do if unexpected */
  notes: string[];
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe to put between HTML tags or inside a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

/** One line of plain text: no control characters (a subject is a header), runs of spaces as one. */
function oneLine(text: string, max: number): string {
  const line = text.replace(/[\p{Cc}\s]+/gu, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const paragraph = (text: string) =>
  `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;">${escapeHtml(text)}</p>`;

/**
 * The text and HTML versions of a message: a heading, paragraphs, the link as a button and as
 * plain text, then notes. Simple HTML (inline styles, no images) that reads well in any client and
 * in a screen reader.
 */
export function renderLayout(content: EmailContent): RenderedEmail {
  const url = new URL(content.action.url);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error("E-mail links must be http(s) URLs");
  }
  const link = url.href;
  const subject = oneLine(content.subject, 150);

  const text = [
    content.heading,
    "",
    ...content.intro.flatMap((line) => [line, ""]),
    `${content.action.label}:`,
    link,
    "",
    ...content.notes.flatMap((line) => [line, ""]),
  ].join("\n");

  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:24px;background:#f4f4f5;color:#18181b;font-family:Arial,Helvetica,sans-serif;">
<main style="max-width:560px;margin:0 auto;padding:32px;background:#ffffff;border-radius:8px;">
<h1 style="margin:0 0 24px;font-size:22px;line-height:1.3;">${escapeHtml(content.heading)}</h1>
${content.intro.map(paragraph).join("\n")}
<p style="margin:24px 0;"><a href="${escapeHtml(link)}" style="display:inline-block;padding:12px 24px;background:#1d4ed8;color:#ffffff;border-radius:6px;font-size:16px;font-weight:bold;text-decoration:none;">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;line-height:1.5;">If the button does not work, copy this link into your browser:<br><a href="${escapeHtml(link)}" style="color:#1d4ed8;word-break:break-all;">${escapeHtml(link)}</a></p>
${content.notes.map(paragraph).join("\n")}
</main>
</body>
</html>
`;
  return { subject, text, html };
}
