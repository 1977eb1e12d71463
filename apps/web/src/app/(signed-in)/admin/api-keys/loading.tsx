import { LoadingState } from "@ums/ui";

export default function ApiKeysLoading() {
  return <LoadingState label="Loading the API keys…" />;
}
