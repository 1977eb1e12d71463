import { LoadingState } from "@ums/ui";

export default function InviteLoading() {
  return <LoadingState label="Loading the invitation form…" />;
}
