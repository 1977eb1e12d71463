import { toAppError, type AppRouter } from "@ums/api";
import { profileCardOf, projectProfile, type ProfileCard } from "@ums/api/rules/profile-visibility";
import type { inferRouterOutputs } from "@trpc/server";
import { Avatar, Badge, Card, EmptyState } from "@ums/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ProfileDetails } from "../../../../components/profile-details";
import { proficiencyLabel } from "../../skills/skill-labels";
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
 * viewer read them (the person themself, instructors and admins). A profile the viewer may not
 * see is the same not-found page as an unknown one. One's own id shows one's profile as a member
 * of one's organization sees it.
 */
export default async function PersonPage({ params }: PageProps<"/people/[userId]">) {
  const [viewer, { userId }] = await Promise.all([requireUser(), params]);
  const caller = await api();
  const [view, skills] = await Promise.allSettled([
    caller.profile.view({ user_id: userId }),
    caller.skills.ofUser({ user_id: userId }),
  ]);
  if (view.status === "rejected") {
    if (hidden.has(toAppError(view.reason).appCode)) notFound();
    throw view.reason;
  }
  if (skills.status === "rejected" && !skillsNotShown.has(toAppError(skills.reason).appCode)) {
    throw skills.reason;
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
          {skillGroups.length === 0 ? (
            <EmptyState title="No skills yet" headingLevel={3} />
          ) : (
            <div className="grid gap-4">
              {skillGroups.map((group) => (
                <section key={group.skill_category} className="grid gap-2">
                  <h3 className="font-semibold text-fg">{group.skill_category}</h3>
                  <ul className="grid gap-2">
                    {group.skills.map((skill) => (
                      <li key={skill.id} className="flex flex-wrap items-center gap-2">
                        <span className="text-fg">{skill.skill_name}</span>
                        <span className="text-sm text-fg-muted">
                          {proficiencyLabel(skill.proficiency_level)}
                        </span>
                        {skill.verified ? <Badge tone="success">Verified</Badge> : null}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
        </Card>
      ) : null}
    </div>
  );
}
