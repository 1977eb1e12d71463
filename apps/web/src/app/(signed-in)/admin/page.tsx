import type { Metadata } from "next";

import { adminScope } from "../../../server/admin-scope";

export const metadata: Metadata = { title: "Administration" };

/** `/admin`: the organization overview (its figures and charts come with the overview work). */
export default async function AdminOverviewPage() {
  const { organization } = await adminScope();
  return <h1 className="text-3xl leading-tight font-semibold text-fg">{organization.name}</h1>;
}
