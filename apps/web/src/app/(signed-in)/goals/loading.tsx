import { LoadingState } from "@ums/ui";

export default function GoalsLoading() {
  return <LoadingState label="Loading your goals…" />;
}
