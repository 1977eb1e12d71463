"use client";

import type { Route } from "next";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** A page as a navigation lists it. */
export interface NavItem {
  href: Route;
  label: string;
}

export interface NavLinksProps {
  /** names the navigation for assistive technology */
  label: string;
  items: readonly NavItem[];
  /** the section's own start page, current only on itself (not on every page under it) */
  root: Route;
}

/** Whether `pathname` is `href` or one of its sub-pages (`root` only matches itself). */
function isCurrent(pathname: string, href: string, root: string): boolean {
  return href === root ? pathname === root : pathname === href || pathname.startsWith(`${href}/`);
}

/** A row of page links; the page being viewed is marked with `aria-current`. */
export function NavLinks({ label, items, root }: NavLinksProps) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {items.map((item) => {
          const current = isCurrent(pathname, item.href, root);
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
