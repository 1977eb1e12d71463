import { profileCardOf } from "@ums/api/rules/profile-visibility";
import { Card } from "@ums/ui";

import { ProfileDetails } from "../../../../../components/profile-details";
import { roleLabels } from "../../../../../lib/roles";
import { DetailsList } from "./details-list";
import { absoluteTime } from "../../../../../lib/moments";
import { enumWords, type UserDetails } from "./user-labels";

const visibilityLabels = {
  PUBLIC: "Public: anyone signed in",
  ORGANIZATION: "Organization: members of their organization",
  PRIVATE: "Private: only them and administrators",
} as const;

/** The account, and the whole profile (what others see, and what only administrators see). */
export function ProfileTab({ user }: { user: UserDetails }) {
  const profile = user.profile;
  const address = [
    profile?.address_line1,
    profile?.address_line2,
    profile?.postal_code,
    profile?.city,
    profile?.state_province,
    profile?.country,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Account">
        <DetailsList
          rows={[
            { term: "E-mail", detail: user.email },
            { term: "Username", detail: user.username ? `@${user.username}` : null },
            { term: "Role", detail: roleLabels[user.role] },
            { term: "Organization", detail: user.organization.name },
            { term: "Created", detail: absoluteTime(user.created_at) },
            {
              term: "Last sign-in",
              detail: user.last_login ? absoluteTime(user.last_login) : "Never",
            },
          ]}
        />
      </Card>
      <Card title="Profile">
        <ProfileDetails card={profileCardOf(user, { email: true, phone: true })} />
      </Card>
      <Card title="Private details" className="lg:col-span-2">
        {profile === null ? (
          <p className="text-fg-muted">No profile yet.</p>
        ) : (
          <DetailsList
            rows={[
              { term: "Date of birth", detail: profile.date_of_birth },
              { term: "Gender", detail: profile.gender ? enumWords(profile.gender) : null },
              { term: "Address", detail: address },
              { term: "Visibility", detail: visibilityLabels[profile.profile_visibility] },
              {
                term: "Shown to others",
                detail:
                  [profile.show_email ? "e-mail" : null, profile.show_phone ? "phone" : null]
                    .filter(Boolean)
                    .join(" and ") || "Neither e-mail nor phone",
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
