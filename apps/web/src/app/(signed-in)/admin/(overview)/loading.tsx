import { LoadingState } from "@ums/ui";

/** Shown while the organization's figures are read. */
export default function AdminOverviewLoading() {
  return <LoadingState label="Loading the overview…" />;
}
