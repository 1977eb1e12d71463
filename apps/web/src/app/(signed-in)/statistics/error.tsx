"use client";

import { RouteError } from "../../../components/route-error";

/** `/statistics` failed to load: say so, and offer to try again. */
export default function StatisticsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Your statistics" what="your statistics" error={error} retry={retry} />;
}
