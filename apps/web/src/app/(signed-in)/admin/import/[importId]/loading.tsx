import { LoadingState } from "@ums/ui";

/** Shown while the run is read. */
export default function ImportRunLoading() {
  return <LoadingState label="Loading the import…" />;
}
