import { LoadingState } from "@ums/ui";

/** Shown while the first page of the timeline is read. */
export default function ActivityLoading() {
  return <LoadingState label="Loading your activity…" />;
}
