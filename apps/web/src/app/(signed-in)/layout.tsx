import type { ReactNode } from "react";

import { SiteHeader } from "../../components/site-header";
import { requireUser } from "../../server/auth/require-user";

// Every page here depends on who is signed in: rendered per request, never prerendered.
export const dynamic = "force-dynamic";

/** The frame of every signed-in page; without a valid session, the way to /sign-in. */
export default async function SignedInLayout({ children }: Readonly<{ children: ReactNode }>) {
  const user = await requireUser();
  return (
    <div className="flex min-h-dvh flex-col bg-canvas">
      <SiteHeader user={user} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none"
      >
        {children}
      </main>
    </div>
  );
}
