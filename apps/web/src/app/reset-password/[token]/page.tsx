import type { Metadata } from "next";
import Link from "next/link";

import { AuthShell } from "../../../components/auth-shell";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

interface ResetPasswordPageProps {
  params: Promise<{ token: string }>;
}

/** `/reset-password/[token]`: the page of the e-mailed link; the token is checked on submission. */
export default async function ResetPasswordPage({ params }: ResetPasswordPageProps) {
  const { token } = await params;
  return (
    <AuthShell
      title="Choose a new password"
      lead="Your new password replaces the old one, and signs you out everywhere else."
      footer={<Link href="/sign-in">Back to sign in</Link>}
    >
      <ResetPasswordForm token={token} />
    </AuthShell>
  );
}
