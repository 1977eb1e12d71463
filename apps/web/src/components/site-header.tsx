import { Avatar } from "@ums/ui";
import Link from "next/link";

import { isAdminRole } from "../lib/roles";
import type { CurrentUser } from "../server/auth/session";
import { SignOutButton } from "./sign-out-button";
import { SiteNav } from "./site-nav";

/** How the header names the signed-in person: their name, or their e-mail address without one. */
export function displayName(user: Pick<CurrentUser, "firstName" | "lastName" | "email">): string {
  const name = `${user.firstName} ${user.lastName}`.trim();
  return name === "" ? user.email : name;
}

/**
 * The bar at the top of every signed-in page: the product, who is signed in, "Sign out", and the
 * learner's pages (with the admin dashboard, for administrators).
 */
export function SiteHeader({ user }: { user: CurrentUser }) {
  return (
    <header className="border-b-(length:--ums-border-width) border-line bg-surface">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-ums focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to main content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight text-fg no-underline">
          Learning Platform
        </Link>
        <div className="flex items-center gap-3">
          <span className="flex items-center gap-2">
            <Avatar name={displayName(user)} src={user.avatarUrl} size={32} decorative />
            <span className="text-sm font-medium text-fg" data-testid="signed-in-user">
              {displayName(user)}
            </span>
          </span>
          <Link href="/account/password" className="text-sm">
            Change password
          </Link>
          <SignOutButton />
        </div>
      </div>
      <div className="mx-auto max-w-5xl px-4 pb-3">
        <SiteNav showAdmin={isAdminRole(user.actor.role)} />
      </div>
    </header>
  );
}
