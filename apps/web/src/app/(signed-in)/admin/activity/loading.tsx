import { LoadingState } from "@ums/ui";

/** Shown while a page of the organization's activity is read. */
export default function AdminActivityLoading() {
  return <LoadingState label="Loading the activity…" />;
}
