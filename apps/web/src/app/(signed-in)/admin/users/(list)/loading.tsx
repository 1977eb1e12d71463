import { LoadingState } from "@ums/ui";

/** Shown while the users of the view are read. */
export default function AdminUsersLoading() {
  return <LoadingState label="Loading users…" />;
}
