"use client";

import { RouteError } from "../../../../components/route-error";

/** `/admin/invitations` failed to load: say so, and offer to try again. */
export default function InvitationsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Invitations" what="the invitations" error={error} retry={retry} />;
}
