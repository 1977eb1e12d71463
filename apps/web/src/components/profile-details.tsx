import type { ProfileCard } from "@ums/api/rules/profile-visibility";
import type { ReactNode } from "react";

interface ProfileDetailsProps {
  /** the profile as the viewer may see it (projectProfile's card) */
  card: ProfileCard;
  className?: string;
}

const httpLink = /^https?:\/\//i;

/** A link when the address is a web address; otherwise the text as typed (the preview of unsaved values). */
function WebLink({ href }: { href: string }) {
  if (!httpLink.test(href)) return <>{href}</>;
  return (
    <a href={href} rel="noopener noreferrer nofollow">
      {href}
    </a>
  );
}

/**
 * What a profile card shows besides the name and the picture: bio, contact (e-mail and phone, or
 * that they are not shown), place, time zone, language and links. Used by the people page and by
 * the privacy preview, so both show a card the same way.
 */
export function ProfileDetails({ card, className }: ProfileDetailsProps) {
  const profile = card.profile;
  const place = [profile?.city, profile?.country].filter(Boolean).join(", ");
  const links = [
    { label: "LinkedIn", href: profile?.linkedin_url },
    { label: "Twitter", href: profile?.twitter_url },
    { label: "Website", href: profile?.website_url },
  ].filter((link): link is { label: string; href: string } => Boolean(link.href));
  const rows: { term: string; detail: ReactNode; testId: string }[] = [
    { term: "E-mail", detail: card.email ?? "Not shown", testId: "profile-email" },
    { term: "Phone", detail: profile?.phone_number ?? "Not shown", testId: "profile-phone" },
    ...(place ? [{ term: "Location", detail: place, testId: "profile-location" }] : []),
    ...(profile
      ? [{ term: "Time zone", detail: profile.timezone, testId: "profile-timezone" }]
      : []),
    ...(profile
      ? [{ term: "Language", detail: profile.language, testId: "profile-language" }]
      : []),
    ...links.map((link) => ({
      term: link.label,
      detail: <WebLink href={link.href} />,
      testId: `profile-${link.label.toLowerCase()}`,
    })),
  ];
  return (
    <div className={className}>
      {profile?.bio ? <p className="mb-4 whitespace-pre-line text-fg">{profile.bio}</p> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {rows.map((row) => (
          <div key={row.term} className="contents" data-testid={row.testId}>
            <dt className="font-semibold text-fg-muted">{row.term}</dt>
            <dd className="min-w-0 break-words text-fg">{row.detail}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
