import { LoadingState } from "@ums/ui";

export default function ImportLoading() {
  return <LoadingState label="Loading the imports…" />;
}
