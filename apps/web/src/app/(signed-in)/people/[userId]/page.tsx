import { toAppError, type AppRouter } from "@ums/api";
import { profileCardOf, projectProfile, type ProfileCard } from "@ums/api/rules/profile-visibility";
import type { inferRouterOutputs } from "@trpc/server";
import { mayVerifySkillsOf } from "@ums/api/rules/skill-verification";
import { Avatar, Card } from "@ums/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ProfileDetails } from "../../../../components/profile-details";
import { ReviewableSkills } from "../../../../components/skills/reviewable-skills";
import { requireUser } from "../../../../server/auth/require-user";
import { api } from "../../../../server/trpc";

export const metadata: Metadata = { title: "Profile" };

type RouterOutputs = inferRouterOutputs<AppRouter>;
type SkillCategories = RouterOutputs["skills"]["ofUser"];

/** Codes that mean "nothing to show here": unknown, hidden, or not an id at all. */
const hidden = new Set(["NOT_FOUND", "VALIDATION_FAILED"]);
/** Codes that mean "the viewer may not read these skills" (skills.ofUser's matrix). */
const skillsNotShown = new Set(["FORBIDDEN", "NOT_FOUND", "VALIDATION_FAILED"]);

/**
 * `/people/[userId]`: another person's profile as `profile.view` lets the viewer see it (their
 * visibility and show-e-mail/phone settings), with their skills when `skills.ofUser` lets the
 * viewer read them (the person themself, instructors and admins), with Verify / Unverify for a
 * viewer who may verify them (`mayVerifySkillsOf`): the link of a verification-request e-mail
 * leads here. A profile the viewer may not see is the same not-found page as an unknown one,
 * unless the viewer reviews its skills: then the skills alone. One's own id shows one's profile as a member
 * of one's organization sees it.
 */
export default async function PersonPage({ params }: PageProps<"/people/[userId]">) {
  const [viewer, { userId }] = await Promise.all([requireUser(), params]);
  const caller = await api();
  const [view, skills] = await Promise.allSettled([
    caller.profile.view({ user_id: userId }),
    caller.skills.ofUser({ user_id: userId }),
  ]);
  if (skills.status === "rejected" && !skillsNotShown.has(toAppError(skills.reason).appCode)) {
    throw skills.reason;
  }
  if (view.status === "rejected") {
    if (!hidden.has(toAppError(view.reason).appCode)) throw view.reason;
    // A private profile whose skills the viewer reviews (an instructor of the organization, who
    // was e-mailed a verification request): the skills, and nothing of the profile.
    if (skills.status === "fulfilled") {
      return <PrivateProfileSkills userId={userId} groups={skills.value} />;
    }
    notFound();
  }

  const self = view.value.id === viewer.actor.userId;
  let card: ProfileCard | null;
  if (view.value.visibility === "card") card = view.value;
  else if (self) {
    // How a member of the same organization (not an administrator) sees it.
    const asColleague = projectProfile(
      { userId: "", organizationId: view.value.organization_id, role: "LEARNER" },
      view.value,
    );
    card = asColleague?.visibility === "card" ? asColleague : null;
  } else card = profileCardOf(view.value, { email: true, phone: true });

  const name = `${view.value.first_name} ${view.value.last_name}`;
  const skillGroups: SkillCategories | null = skills.status === "fulfilled" ? skills.value : null;
  const canVerify = mayVerifySkillsOf(viewer.actor, view.value);

  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6">
      {self ? (
        <p className="rounded-ums border-ums border-line bg-info-soft p-4 text-info-ink">
          This is your profile as members of your organization see it
          {card === null ? ": they see no profile at all, because it is private" : ""}.{" "}
          <Link href="/profile" className="underline">
            Edit your profile
          </Link>
        </p>
      ) : view.value.visibility === "full" ? (
        <p className="rounded-ums border-ums border-line bg-info-soft p-4 text-info-ink">
          You see this whole profile because you administer this organization.
        </p>
      ) : null}
      <header className="flex flex-wrap items-center gap-4">
        <Avatar name={name} src={card?.profile?.avatar_url ?? null} size={128} />
        <div className="grid gap-1">
          <h1 className="text-3xl leading-tight font-semibold text-fg">{name}</h1>
          {view.value.username ? <p className="text-fg-muted">@{view.value.username}</p> : null}
        </div>
      </header>
      {card ? (
        <Card title="About">
          <ProfileDetails card={card} />
        </Card>
      ) : null}
      {skillGroups ? (
        <Card title="Skills">
          <ReviewableSkills
            userId={view.value.id}
            groups={skillGroups}
            canVerify={canVerify}
            headingLevel={3}
          />
        </Card>
      ) : null}
    </div>
  );
}

/**
 * A private profile's skills, for a viewer who may read them (an instructor or administrator of
 * the organization): no name, picture or details, which the profile keeps private.
 */
async function PrivateProfileSkills({
  userId,
  groups,
}: {
  userId: string;
  groups: SkillCategories;
}) {
  const viewer = await requireUser();
  // The profile hides the organization too; reading the skills proved it is the viewer's own.
  const canVerify = mayVerifySkillsOf(viewer.actor, {
    id: userId,
    organization_id: viewer.actor.organizationId,
  });
  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl leading-tight font-semibold text-fg">A private profile</h1>
        <p className="text-fg-muted">
          This person keeps their profile private. You see their skills because you review the
          skills of your organization.
        </p>
      </header>
      <Card title="Skills">
        <ReviewableSkills userId={userId} groups={groups} canVerify={canVerify} headingLevel={3} />
      </Card>
    </div>
  );
}
