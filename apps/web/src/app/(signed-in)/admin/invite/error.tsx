"use client";

import { RouteError } from "../../../../components/route-error";

/** `/admin/invite` failed to load: say so, and offer to try again. */
export default function InviteError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError title="Invite people" what="the invitation form" error={error} retry={retry} />
  );
}
