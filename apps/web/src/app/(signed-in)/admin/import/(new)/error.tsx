"use client";

import { RouteError } from "../../../../../components/route-error";

/** `/admin/import` failed to load: say so, and offer to try again. */
export default function ImportError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Import users" what="the imports" error={error} retry={retry} />;
}
