import type { Metadata } from "next";
import Link from "next/link";

import { AuthShell } from "../components/auth-shell";

export const metadata: Metadata = { title: "Page not found" };

/** An address that matches no page of the app. */
export default function NotFound() {
  return (
    <AuthShell title="Page not found" lead="There is no page at this address.">
      <Link href="/">Go to the home page</Link>
    </AuthShell>
  );
}
