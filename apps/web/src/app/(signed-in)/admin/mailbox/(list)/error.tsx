"use client";

import { RouteError } from "../../../../../components/route-error";

/** `/admin/mailbox` failed to load: say so, and offer to try again. */
export default function MailboxError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Mailbox" what="the mailbox" error={error} retry={retry} />;
}
