import { toAppError } from "@ums/api";
import type { Metadata } from "next";
import Link from "next/link";

import { AuthShell } from "../../../components/auth-shell";
import { api } from "../../../server/trpc";
import { AcceptInvitationForm } from "./accept-invitation-form";

export const metadata: Metadata = { title: "Accept your invitation" };

interface InvitePageProps {
  params: Promise<{ token: string }>;
}

type LinkProblem = "unknown" | "accepted" | "expired" | "cancelled";

/** Why a link cannot be used, from the error of invitations.describe (null: not a link problem). */
function linkProblemOf(error: unknown): LinkProblem | null {
  const appError = toAppError(error);
  // A token of the wrong shape cannot belong to any invitation.
  if (appError.appCode === "NOT_FOUND" || appError.appCode === "VALIDATION_FAILED") {
    return "unknown";
  }
  const reason = appError.details[0]?.message;
  if (
    appError.appCode === "CONFLICT" &&
    (reason === "accepted" || reason === "expired" || reason === "cancelled")
  ) {
    return reason;
  }
  return null;
}

const problemPages: Record<LinkProblem, { title: string; body: string }> = {
  unknown: {
    title: "This invitation link does not work",
    body: "The link may be incomplete, or a newer invitation may have replaced it. Open the link from the most recent invitation e-mail, or ask the person who invited you to send it again.",
  },
  accepted: {
    title: "This invitation has already been accepted",
    body: "Your account is set up. Sign in with your e-mail address and the password you chose.",
  },
  expired: {
    title: "This invitation has expired",
    body: "Invitations are valid for a limited time. Ask the person who invited you to send a new one.",
  },
  cancelled: {
    title: "This invitation was withdrawn",
    body: "The organization cancelled this invitation. If you think this is a mistake, contact the person who invited you.",
  },
};

/** `/invite/[token]`: who invites whom as what; set a password to accept, then land signed in. */
export default async function InvitePage({ params }: InvitePageProps) {
  const { token } = await params;
  const caller = await api();
  let invitation: Awaited<ReturnType<typeof caller.invitations.describe>>;
  try {
    invitation = await caller.invitations.describe({ token });
  } catch (error) {
    const problem = linkProblemOf(error);
    if (problem === null) throw error;
    const page = problemPages[problem];
    return (
      <AuthShell title={page.title} footer={<Link href="/sign-in">Go to sign in</Link>}>
        <p className="text-fg">{page.body}</p>
        {problem === "accepted" ? (
          <p className="mt-4">
            <Link href="/sign-in">Sign in</Link> ·{" "}
            <Link href="/forgot-password">Forgot your password?</Link>
          </p>
        ) : null}
      </AuthShell>
    );
  }

  return (
    <AuthShell
      title={`Join ${invitation.organization_name}`}
      lead="Choose a password to accept your invitation."
    >
      <AcceptInvitationForm
        token={token}
        invitation={{
          email: invitation.email,
          organizationName: invitation.organization_name,
          role: invitation.role,
          expiresAt: invitation.expires_at,
          firstName: invitation.first_name,
          lastName: invitation.last_name,
          requiresTemporaryPassword: invitation.requires_temporary_password,
        }}
      />
    </AuthShell>
  );
}
