import { LoadingState } from "@ums/ui";

export default function OrganizationsLoading() {
  return <LoadingState label="Loading the organizations…" />;
}
