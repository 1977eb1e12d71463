import { LoadingState } from "@ums/ui";

/** Shown in the frame (header and navigation stay) while a signed-in page is rendered. */
export default function SignedInLoading() {
  return <LoadingState label="Loading the page…" />;
}
