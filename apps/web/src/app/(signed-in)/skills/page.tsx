import type { Metadata } from "next";
import { Badge, EmptyState } from "@ums/ui";

import { requireUser } from "../../../server/auth/require-user";
import { api } from "../../../server/trpc";
import { SkillActions } from "./skill-actions";
import { SkillDialog } from "./skill-dialog";
import { dayOf, evidenceLabel, proficiencyLabel, type Skill } from "./skill-labels";

export const metadata: Metadata = { title: "Your skills" };

/** What backs the skill, and how sure it is: verified (when), requested, or self-assessed. */
function SkillFacts({ skill }: { skill: Skill }) {
  return (
    <dl className="grid gap-1 text-sm">
      <div className="flex flex-wrap gap-x-2">
        <dt className="text-fg-muted">Proficiency:</dt>
        <dd className="font-semibold text-fg">{proficiencyLabel(skill.proficiency_level)}</dd>
      </div>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <dt className="text-fg-muted">Status:</dt>
        <dd className="flex flex-wrap items-center gap-2">
          {skill.verified ? (
            <>
              <Badge tone="success">Verified</Badge>
              {skill.verified_at ? (
                <span className="text-fg-muted">on {dayOf(skill.verified_at)}</span>
              ) : null}
            </>
          ) : (
            <>
              <Badge>Self-assessed</Badge>
              {skill.verification_requested_at ? (
                <Badge tone="info">
                  Verification requested {dayOf(skill.verification_requested_at)}
                </Badge>
              ) : null}
            </>
          )}
        </dd>
      </div>
      {skill.evidence_type || skill.evidence_url ? (
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-fg-muted">Evidence:</dt>
          <dd className="text-fg">
            {skill.evidence_type ? evidenceLabel(skill.evidence_type) : null}
            {skill.evidence_type && skill.evidence_url ? " · " : null}
            {skill.evidence_url ? (
              <a
                href={skill.evidence_url}
                rel="noopener noreferrer"
                className="text-link underline underline-offset-2"
              >
                View evidence<span className="sr-only"> for {skill.skill_name}</span>
              </a>
            ) : null}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** `/skills`: the signed-in user's skills by category; add, edit, remove, ask for verification. */
export default async function SkillsPage() {
  await requireUser();
  const categories = await (await api()).skills.mine();
  const knownCategories = categories.map((group) => group.skill_category);
  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-3xl leading-tight font-semibold text-fg">Your skills</h1>
          <p className="max-w-prose text-fg-muted">
            What you can do, how well, and what shows it. An instructor or administrator of your
            organization can verify a skill at its level.
          </p>
        </div>
        <SkillDialog mode="add" categories={knownCategories} />
      </header>

      {categories.length === 0 ? (
        <EmptyState
          title="No skills yet"
          description="Add the skills you have, with your level and what backs them; then ask for a verification."
        />
      ) : (
        categories.map((group, index) => (
          <section
            key={group.skill_category}
            aria-labelledby={`skill-category-${index}`}
            className="grid gap-3"
          >
            <h2 id={`skill-category-${index}`} className="text-xl font-semibold text-fg">
              {group.skill_category}
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2">
              {group.skills.map((skill) => (
                <li
                  key={skill.id}
                  className="grid content-between gap-3 rounded-ums border-ums border-line bg-surface p-4"
                >
                  <div className="grid gap-2">
                    <h3 className="text-lg font-semibold text-fg">{skill.skill_name}</h3>
                    <SkillFacts skill={skill} />
                  </div>
                  <SkillActions skill={skill} categories={knownCategories} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
