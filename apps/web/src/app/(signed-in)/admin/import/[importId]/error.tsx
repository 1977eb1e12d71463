"use client";

import { RouteError } from "../../../../../components/route-error";

/** `/admin/import/<id>` failed to load: say so, and offer to try again. */
export default function ImportRunError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Import" what="this import" error={error} retry={retry} />;
}
