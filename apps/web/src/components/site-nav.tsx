"use client";

import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** A page of the signed-in learner's own area, as the navigation lists it. */
interface NavItem {
  href: Route;
  label: string;
}

/** The learner's own pages, in the order the navigation shows them (one line per page). */
const learnerPages: readonly NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/profile", label: "Profile" },
  { href: "/preferences", label: "Preferences" },
  { href: "/skills", label: "Skills" },
  { href: "/goals", label: "Goals" },
  { href: "/statistics", label: "Statistics" },
  { href: "/activity", label: "Activity" },
];

/** Whether `pathname` is `href` or one of its sub-pages (Home only matches itself). */
function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** Where administrators manage their organization (the dashboard has its own navigation). */
const adminPage: NavItem = { href: "/admin", label: "Admin" };

/**
 * The signed-in learner's own pages, and the admin dashboard for administrators; the page being
 * viewed is marked for assistive technology.
 */
export function SiteNav({ showAdmin }: { showAdmin: boolean }) {
  const pathname = usePathname();
  const pages = showAdmin ? [...learnerPages, adminPage] : learnerPages;
  return (
    <nav aria-label="Your learning">
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {pages.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={
                  current
                    ? "text-sm font-semibold text-fg underline underline-offset-4"
                    : "text-sm text-fg-muted hover:text-fg"
                }
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
