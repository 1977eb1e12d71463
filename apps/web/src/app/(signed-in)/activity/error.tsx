"use client";

import { RouteError } from "../../../components/route-error";

/** `/activity` failed to load: say so, and offer to try again. */
export default function ActivityError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Your activity" what="your activity" error={error} retry={retry} />;
}
