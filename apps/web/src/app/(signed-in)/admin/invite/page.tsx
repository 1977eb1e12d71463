import { grantableRoles } from "@ums/api/rules/user-administration";
import type { Metadata } from "next";

import { adminScope } from "../../../../server/admin-scope";
import { BulkInvite } from "./bulk/bulk-invite";
import { InviteModes } from "./invite-modes";
import { InvitePersonForm } from "./invite-person-form";

export const metadata: Metadata = { title: "Invite people" };

/** `/admin/invite`: invite one person, or many from a CSV file, into the viewed organization. */
export default async function InvitePage() {
  const { user, organization, organizationInput } = await adminScope();
  const roles = grantableRoles(user.actor.role);
  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl leading-tight font-semibold text-fg">Invite people</h1>
        <p className="max-w-prose text-fg-muted">
          Each person gets an e-mail with a link to join {organization.name}: they choose a password
          and become active members.
        </p>
      </header>
      <InviteModes
        one={
          <InvitePersonForm
            roles={roles}
            organizationInput={organizationInput}
            organizationName={organization.name}
          />
        }
        bulk={<BulkInvite roles={roles} organizationInput={organizationInput} />}
      />
    </div>
  );
}
