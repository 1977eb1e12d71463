import { LoadingState } from "@ums/ui";

export default function SkillsLoading() {
  return <LoadingState label="Loading your skills…" />;
}
