import { NavLinks, type NavItem } from "../nav-links";

/** A page of the admin dashboard, as its navigation lists it. */
interface AdminNavItem extends NavItem {
  /** platform administrators only */
  superAdminOnly?: boolean;
}

/** The admin dashboard's pages, in the order the navigation shows them (one line per page). */
const adminPages: readonly AdminNavItem[] = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/invite", label: "Invite" },
  { href: "/admin/invitations", label: "Invitations" },
  { href: "/admin/import", label: "Import" },
  { href: "/admin/activity", label: "Activity" },
  { href: "/admin/api-keys", label: "API keys" },
  { href: "/admin/mailbox", label: "Mailbox" },
  { href: "/admin/organizations", label: "Organizations", superAdminOnly: true },
];

/** The admin dashboard's navigation: only the pages the signed-in role may use. */
export function AdminNav({ isSuperAdmin }: { isSuperAdmin: boolean }) {
  const pages = adminPages.filter((page) => isSuperAdmin || page.superAdminOnly !== true);
  return <NavLinks label="Administration" items={pages} root="/admin" />;
}
