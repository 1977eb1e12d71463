import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { pathHeader } from "../../lib/path-header";
import { safeCallbackUrl } from "../../lib/sign-in-errors";
import { getCurrentUser, type CurrentUser } from "./session";

/** Where the password of a temporary-password sign-in gets changed. */
export const changePasswordPath = "/account/password";

/**
 * The signed-in user, for a protected page or layout. Without a valid session: a redirect to
 * /sign-in?callbackUrl=<this page>. With a temporary password: a redirect to the page that
 * changes it, before anything else. Pages call it as well as their layout, because a layout is
 * not rendered again when the person moves between the pages under it.
 */
export async function requireUser(): Promise<CurrentUser> {
  const [user, requestHeaders] = await Promise.all([getCurrentUser(), headers()]);
  const path = safeCallbackUrl(requestHeaders.get(pathHeader));
  if (user === null) redirect(`/sign-in?${new URLSearchParams({ callbackUrl: path }).toString()}`);
  if (user.mustChangePassword && !path.startsWith(changePasswordPath)) {
    redirect(`${changePasswordPath}?${new URLSearchParams({ callbackUrl: path }).toString()}`);
  }
  return user;
}
