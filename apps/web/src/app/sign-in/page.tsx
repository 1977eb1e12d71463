import { settings } from "@ums/db/settings";
import type { Metadata, Route } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { AuthShell } from "../../components/auth-shell";
import { safeCallbackUrl, signInErrorMessage } from "../../lib/sign-in-errors";
import { singleSignOnEnabled } from "../../server/auth/oidc";
import { getCurrentUser } from "../../server/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** `/sign-in?callbackUrl=…&error=…`: e-mail and password, and single sign-on when configured. */
export default async function SignInPage({ searchParams }: SignInPageProps) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  // Someone already signed in goes on to where they were headed.
  if ((await getCurrentUser()) !== null) redirect(callbackUrl as Route);
  const error = typeof params.error === "string" ? params.error : null;
  const notice =
    params.reset === "done"
      ? "Your new password is set. Sign in with it."
      : params.signedOut === "1"
        ? "You have been signed out."
        : null;
  return (
    <AuthShell
      title="Sign in"
      lead="Sign in to your learning profile."
      footer={
        <p>
          New here? Your organization sends you an invitation by e-mail; open its link to set up
          your account.
        </p>
      }
    >
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={signInErrorMessage(error)}
        notice={notice}
        singleSignOn={singleSignOnEnabled(settings())}
      />
      <p className="mt-6 text-sm">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </AuthShell>
  );
}
