import type { Metadata } from "next";

import { safeCallbackUrl } from "../../../../lib/sign-in-errors";
import { requireUser } from "../../../../server/auth/require-user";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Change your password" };

interface ChangePasswordPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** `/account/password`: the signed-in user changes their password (first, if it is temporary). */
export default async function ChangePasswordPage({ searchParams }: ChangePasswordPageProps) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  return (
    <div className="mx-auto grid w-full max-w-md gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl leading-tight font-semibold text-fg">Change your password</h1>
        <p className="text-fg-muted">Changing your password signs you out on your other devices.</p>
      </header>
      <div className="rounded-ums border-ums border-line bg-surface p-6">
        <ChangePasswordForm
          email={user.email}
          mustChange={user.mustChangePassword}
          callbackUrl={safeCallbackUrl(params.callbackUrl)}
        />
      </div>
    </div>
  );
}
