import { LoadingState } from "@ums/ui";

/**
 * Per page rather than once for the signed-in frame: a loading boundary streams the page, so a
 * page that answers not-found (`/people/<id>`) would then answer 200 instead of 404.
 */
export default function ProfileLoading() {
  return <LoadingState label="Loading your profile…" />;
}
