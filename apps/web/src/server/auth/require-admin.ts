import "server-only";

import { notFound } from "next/navigation";

import { isAdminRole } from "../../lib/roles";
import { requireUser } from "./require-user";
import type { CurrentUser } from "./session";

/**
 * The signed-in administrator, for an admin page or layout. Anyone else signed in gets the
 * not-found page (a real 404): the dashboard does not even admit to existing, and no data is
 * read. Like `requireUser`, pages call it as well as the admin layout.
 */
export async function requireAdmin(): Promise<CurrentUser> {
  const user = await requireUser();
  if (!isAdminRole(user.actor.role)) notFound();
  return user;
}
