"use client";

import { RouteError } from "../../../../components/route-error";

/** `/admin/activity` failed to load: say so, and offer to try again. */
export default function AdminActivityError({
  error,
  retry,
}: {
  error: unknown;
  retry: () => void;
}) {
  return <RouteError title="Activity" what="the activity log" error={error} retry={retry} />;
}
