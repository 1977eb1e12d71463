import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { adminScope } from "../../../../server/admin-scope";

/**
 * Organizations are the platform administrators' business: anyone else gets the not-found page.
 * Checked here, above the page's loading state, so that the answer is a real 404 (under a loading
 * state already streamed it would be a 200).
 */
export default async function OrganizationsLayout({ children }: Readonly<{ children: ReactNode }>) {
  const { isSuperAdmin } = await adminScope();
  if (!isSuperAdmin) notFound();
  return children;
}
