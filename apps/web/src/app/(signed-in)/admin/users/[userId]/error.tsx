"use client";

import { RouteError } from "../../../../../components/route-error";

/** `/admin/users/<id>` failed to load: say so, and offer to try again. */
export default function AdminUserError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="User" what="this user" error={error} retry={retry} />;
}
