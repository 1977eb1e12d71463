import type { Route } from "next";
import Link from "next/link";

export interface FilterLink {
  label: string;
  href: Route;
  /** the filter the page shows now */
  selected: boolean;
}

/**
 * A filter as a row of links ("All", then one per value): the URL keeps the choice, so a
 * filtered view can be shared and the back button returns to the previous one. The chosen link
 * carries `aria-current`.
 */
export function FilterLinks({ label, links }: { label: string; links: readonly FilterLink[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.label}>
            <Link
              href={link.href}
              aria-current={link.selected ? "page" : undefined}
              className={
                link.selected
                  ? "inline-flex min-h-9 items-center rounded-full border-ums border-primary bg-primary px-3 text-sm font-semibold text-on-primary"
                  : "inline-flex min-h-9 items-center rounded-full border-ums border-line-strong bg-surface px-3 text-sm text-fg hover:bg-surface-muted"
              }
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
