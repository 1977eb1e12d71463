"use client";

import { RouteError } from "../../../../../components/route-error";

/** A message of the mailbox failed to load: say so, and offer to try again. */
export default function MessageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Message" what="this message" error={error} retry={retry} />;
}
