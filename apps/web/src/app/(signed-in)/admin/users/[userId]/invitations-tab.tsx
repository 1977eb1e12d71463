import { Badge, EmptyState } from "@ums/ui";

import { roleLabels } from "../../../../../lib/roles";
import { absoluteTime } from "../../../../../lib/moments";
import { statusLabels, statusTones } from "../../invitations/status-labels";
import type { UserDetails } from "./user-labels";

/** The invitations sent to this user, newest first. */
export function InvitationsTab({ user }: { user: UserDetails }) {
  if (user.invitations.length === 0) {
    return (
      <EmptyState
        title="No invitations"
        description="This user joined without an invitation to this address."
        headingLevel={2}
      />
    );
  }
  return (
    <div className="overflow-x-auto rounded-ums border-ums border-line">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">Invitations sent to {user.email}</caption>
        <thead className="bg-surface-muted text-fg">
          <tr>
            {["Sent", "Role", "Status", "Expires", "Accepted", "Reminders"].map((header) => (
              <th key={header} scope="col" className="px-4 py-2 text-start font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {user.invitations.map((invitation) => (
            <tr key={invitation.id} className="border-t border-line">
              <td className="px-4 py-2">{absoluteTime(invitation.sent_at)}</td>
              <td className="px-4 py-2">{roleLabels[invitation.role]}</td>
              <td className="px-4 py-2">
                <Badge tone={statusTones[invitation.status]}>
                  {statusLabels[invitation.status]}
                </Badge>
              </td>
              <td className="px-4 py-2">{absoluteTime(invitation.expires_at)}</td>
              <td className="px-4 py-2">
                {invitation.accepted_at ? absoluteTime(invitation.accepted_at) : "–"}
              </td>
              <td className="px-4 py-2">{invitation.reminder_count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
