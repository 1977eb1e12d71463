"use client";

import { RouteError } from "../../../../components/route-error";

/** `/admin` failed to load: say so, and offer to try again. */
export default function AdminOverviewError({
  error,
  retry,
}: {
  error: unknown;
  retry: () => void;
}) {
  return (
    <RouteError title="Overview" what="the organization's overview" error={error} retry={retry} />
  );
}
