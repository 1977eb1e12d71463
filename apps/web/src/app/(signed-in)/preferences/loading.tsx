import { LoadingState } from "@ums/ui";

export default function PreferencesLoading() {
  return <LoadingState label="Loading your learning preferences…" />;
}
