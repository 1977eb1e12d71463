import { NavLinks, type NavItem } from "./nav-links";

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

/** Where administrators manage their organization (the dashboard has its own navigation). */
const adminPage: NavItem = { href: "/admin", label: "Admin" };

/** The signed-in learner's own pages, and the admin dashboard for administrators. */
export function SiteNav({ showAdmin }: { showAdmin: boolean }) {
  const pages = showAdmin ? [...learnerPages, adminPage] : learnerPages;
  return <NavLinks label="Your learning" items={pages} root="/" />;
}
