"use client";

import { RouteError } from "../../../../components/route-error";

/** `/admin/api-keys` failed to load: say so, and offer to try again. */
export default function ApiKeysError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="API keys" what="the API keys" error={error} retry={retry} />;
}
