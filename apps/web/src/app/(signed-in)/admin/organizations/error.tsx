"use client";

import { RouteError } from "../../../../components/route-error";

/** `/admin/organizations` failed to load: say so, and offer to try again. */
export default function OrganizationsError({
  error,
  retry,
}: {
  error: unknown;
  retry: () => void;
}) {
  return <RouteError title="Organizations" what="the organizations" error={error} retry={retry} />;
}
