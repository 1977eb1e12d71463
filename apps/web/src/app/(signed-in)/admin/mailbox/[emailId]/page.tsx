import { settings } from "@ums/db/settings";
import { Alert, StatusBadge } from "@ums/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";

import { absoluteTime } from "../../../../../lib/moments";
import { adminScope } from "../../../../../server/admin-scope";
import { api } from "../../../../../server/trpc";
import { emailStatusTexts, templateLabel } from "../mailbox-labels";
import { MessageHtml } from "./message-html";
import { MessageText } from "./message-text";

export const metadata: Metadata = { title: "Message" };

interface MessagePageProps {
  params: Promise<{ emailId: string }>;
}

const backLink = (
  <Link href="/admin/mailbox" className="text-sm text-primary underline underline-offset-4">
    Back to the mailbox
  </Link>
);

/**
 * `/admin/mailbox/<id>`: one message of the development mailbox, its text with clickable links
 * and its HTML as the recipient would see it. An unknown id, or another organization's message
 * (for an organization administrator), is the not-found page: a real 404, since no loading state
 * is streamed before it (hence no loading.tsx here or above).
 */
export default async function MessagePage({ params }: MessagePageProps) {
  const { user } = await adminScope();
  const { emailId } = await params;
  if (!z.uuid().safeParse(emailId).success) notFound();

  if (settings().SMTP_URL !== undefined) {
    return (
      <div className="grid gap-6">
        <h1 className="text-3xl leading-tight font-semibold text-fg">Message</h1>
        <Alert tone="info" title="Not readable here">
          An SMTP server is configured: messages go to their recipients, and their text is erased
          once delivered, so it is not shown here.
        </Alert>
        <p>{backLink}</p>
      </div>
    );
  }

  const caller = await api();
  const message = await caller.emails.read({ email_id: emailId }).catch((error: unknown) => {
    if ((error as { code?: string }).code === "NOT_FOUND") notFound();
    throw error;
  });
  const timeZone = user.timeZone;
  const status = emailStatusTexts[message.status];

  return (
    <div className="grid gap-6">
      <p>{backLink}</p>
      <header className="grid gap-3">
        <h1 className="text-3xl leading-tight font-semibold text-fg">{message.subject}</h1>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-fg-muted">To</dt>
          <dd className="text-fg">{message.to_email}</dd>
          <dt className="text-fg-muted">Kind</dt>
          <dd className="text-fg">{templateLabel(message.template)}</dd>
          <dt className="text-fg-muted">Status</dt>
          <dd>
            <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
          </dd>
          <dt className="text-fg-muted">Created</dt>
          <dd className="text-fg">
            <time dateTime={message.created_at}>{absoluteTime(message.created_at, timeZone)}</time>
          </dd>
          <dt className="text-fg-muted">Sent</dt>
          <dd className="text-fg">
            {message.sent_at === null ? (
              "Not yet (it waits for the e-mail worker)"
            ) : (
              <time dateTime={message.sent_at}>{absoluteTime(message.sent_at, timeZone)}</time>
            )}
          </dd>
        </dl>
      </header>
      {message.text === null && message.html === null ? (
        <Alert tone="info" title="No text">
          This message&apos;s text was erased once it was delivered.
        </Alert>
      ) : null}
      {message.text === null ? null : <MessageText text={message.text} />}
      {message.html === null ? null : <MessageHtml html={message.html} subject={message.subject} />}
    </div>
  );
}
