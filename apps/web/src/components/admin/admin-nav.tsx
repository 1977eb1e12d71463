"use client";

import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** A page of the admin dashboard, as its navigation lists it. */
interface AdminNavItem {
  href: Route;
  label: string;
  /** platform administrators only */
  superAdminOnly?: boolean;
}

/** The admin dashboard's pages, in the order the navigation shows them (one line per page). */
const adminPages: readonly AdminNavItem[] = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/invite", label: "Invite" },
  { href: "/admin/invitations", label: "Invitations" },
  { href: "/admin/activity", label: "Activity" },
  { href: "/admin/api-keys", label: "API keys" },
  { href: "/admin/mailbox", label: "Mailbox" },
  { href: "/admin/organizations", label: "Organizations", superAdminOnly: true },
];

/** Whether `pathname` is `href` or one of its sub-pages (the overview only matches itself). */
function isCurrent(pathname: string, href: string): boolean {
  return href === "/admin"
    ? pathname === "/admin"
    : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The admin dashboard's navigation: only the pages the signed-in role may use; the page being
 * viewed is marked for assistive technology.
 */
export function AdminNav({ isSuperAdmin }: { isSuperAdmin: boolean }) {
  const pathname = usePathname();
  const pages = adminPages.filter((page) => isSuperAdmin || !page.superAdminOnly);
  return (
    <nav aria-label="Administration">
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {pages.map((page) => {
          const current = isCurrent(pathname, page.href);
          return (
            <li key={page.href}>
              <Link
                href={page.href}
                aria-current={current ? "page" : undefined}
                className={
                  current
                    ? "text-sm font-semibold text-fg underline underline-offset-4"
                    : "text-sm text-fg-muted hover:text-fg"
                }
              >
                {page.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
