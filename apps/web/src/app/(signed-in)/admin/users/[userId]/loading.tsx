import { LoadingState } from "@ums/ui";

/** Shown while the user and their statistics are read. */
export default function AdminUserLoading() {
  return <LoadingState label="Loading the user…" />;
}
