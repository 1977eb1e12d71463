import type { Metadata } from "next";
import Link from "next/link";

import { AuthShell } from "../../components/auth-shell";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

/** `/forgot-password`: asks for an e-mail address and sends a reset link to it. */
export default function ForgotPasswordPage() {
  return (
    <AuthShell
      title="Forgot your password?"
      lead="Enter the e-mail address of your account and we will send you a link to choose a new password."
      footer={<Link href="/sign-in">Back to sign in</Link>}
    >
      <ForgotPasswordForm />
    </AuthShell>
  );
}
