import { LoadingState } from "@ums/ui";

export default function InvitationsLoading() {
  return <LoadingState label="Loading the invitations…" />;
}
