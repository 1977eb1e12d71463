"use client";

import { RouteError } from "../../../../../components/route-error";

/** `/admin/users` failed to load: say so, and offer to try again. */
export default function AdminUsersError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Users" what="the users" error={error} retry={retry} />;
}
