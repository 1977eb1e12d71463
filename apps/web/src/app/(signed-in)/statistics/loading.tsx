import { LoadingState } from "@ums/ui";

/** Shown while the statistics are read (a refresh of the figures happens on read). */
export default function StatisticsLoading() {
  return <LoadingState label="Loading your statistics…" />;
}
