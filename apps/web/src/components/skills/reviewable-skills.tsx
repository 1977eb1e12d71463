import { EmptyState } from "@ums/ui";

import type { Skill } from "../../app/(signed-in)/skills/skill-labels";
import { SkillFacts } from "./skill-facts";
import { SkillVerificationActions } from "./skill-verification-actions";

/** Skills of one category, as `skills.ofUser` groups them. */
export interface SkillGroup {
  skill_category: string;
  skills: Skill[];
}

interface ReviewableSkillsProps {
  /** the skills' owner */
  userId: string;
  groups: readonly SkillGroup[];
  /** the viewer may verify these skills (`mayVerifySkillsOf`): each gets Verify or Unverify */
  canVerify: boolean;
  /** the level of the category headings (under the section's own heading) */
  headingLevel: 2 | 3;
}

/**
 * A person's skills by category with their level, status (verified, verification requested,
 * self-assessed) and evidence, and the verify buttons for a reviewer: the people page's skills
 * and the admin user page's skills tab.
 */
export function ReviewableSkills({
  userId,
  groups,
  canVerify,
  headingLevel,
}: ReviewableSkillsProps) {
  if (groups.length === 0) {
    return <EmptyState title="No skills yet" headingLevel={headingLevel} />;
  }
  const CategoryHeading = `h${headingLevel}` as const;
  const SkillHeading = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <div className="grid gap-4">
      {groups.map((group) => (
        <section key={group.skill_category} className="grid gap-2">
          <CategoryHeading className="font-semibold text-fg">
            {group.skill_category}
          </CategoryHeading>
          <ul className="grid gap-3 sm:grid-cols-2">
            {group.skills.map((skill) => (
              <li
                key={skill.id}
                data-testid="reviewable-skill"
                className="grid content-between gap-3 rounded-ums border-ums border-line bg-surface p-4"
              >
                <div className="grid gap-2">
                  <SkillHeading className="text-lg font-semibold text-fg">
                    {skill.skill_name}
                  </SkillHeading>
                  <SkillFacts skill={skill} />
                </div>
                {canVerify ? <SkillVerificationActions userId={userId} skill={skill} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** A flat list of skills (sorted by category) grouped as `skills.ofUser` returns them. */
export function groupByCategory(skills: readonly Skill[]): SkillGroup[] {
  const groups: SkillGroup[] = [];
  for (const skill of skills) {
    const last = groups.at(-1);
    if (last?.skill_category === skill.skill_category) last.skills.push(skill);
    else groups.push({ skill_category: skill.skill_category, skills: [skill] });
  }
  return groups;
}
