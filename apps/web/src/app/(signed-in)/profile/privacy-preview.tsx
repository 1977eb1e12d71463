"use client";

import {
  projectProfile,
  type ProfileViewer,
  type ViewedUser,
} from "@ums/api/rules/profile-visibility";
import { Avatar } from "@ums/ui";
import Link from "next/link";

import { ProfileDetails } from "../../../components/profile-details";

interface PrivacyPreviewProps {
  /** the profile as the form holds it now, saved or not */
  profile: ViewedUser;
}

/**
 * "What others will see": the form's current values through the same rule as `profile.view`
 * (projectProfile), for a member of the owner's organization and for someone outside it, updated
 * as the privacy settings change. Neither viewer administers the organization (admins see
 * everything).
 */
export function PrivacyPreview({ profile }: PrivacyPreviewProps) {
  const viewers: { title: string; viewer: ProfileViewer }[] = [
    {
      title: "A member of your organization",
      viewer: { userId: "", organizationId: profile.organization_id, role: "LEARNER" },
    },
    {
      title: "Someone outside your organization",
      viewer: { userId: "", organizationId: "", role: "LEARNER" },
    },
  ];
  return (
    <div className="grid gap-3" data-testid="privacy-preview">
      <h3 className="font-semibold text-fg">What others will see</h3>
      <p className="text-sm text-fg-muted">
        As you have it in this form (save to apply it). Administrators of your organization always
        see your whole profile.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {viewers.map(({ title, viewer }) => {
          const card = projectProfile(viewer, profile);
          return (
            <section
              key={title}
              aria-label={title}
              className="grid content-start gap-3 rounded-ums border-ums border-line bg-canvas p-4"
            >
              <h4 className="text-sm font-semibold text-fg">{title}</h4>
              {card === null || card.visibility === "full" ? (
                <p className="text-sm text-fg-muted">
                  Sees no profile: only a page saying it was not found.
                </p>
              ) : (
                <>
                  <div className="flex items-center gap-3">
                    <Avatar
                      name={`${card.first_name} ${card.last_name}`}
                      src={card.profile?.avatar_url}
                      size={32}
                      decorative
                    />
                    <p className="font-semibold text-fg">
                      {card.first_name} {card.last_name}
                      {card.username ? (
                        <span className="font-normal text-fg-muted"> @{card.username}</span>
                      ) : null}
                    </p>
                  </div>
                  <ProfileDetails card={card} />
                </>
              )}
            </section>
          );
        })}
      </div>
      <Link href={`/people/${profile.id}`} className="justify-self-start text-sm">
        See how others see your profile
      </Link>
    </div>
  );
}
