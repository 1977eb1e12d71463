import type { RouterOutputs } from "@ums/api";
import { proficiencyLevels } from "@ums/api/schemas/skills";
import { EmptyState } from "@ums/ui";

import { proficiencyLabel } from "../../skills/skill-labels";

type SkillsOverview = RouterOutputs["skills"]["overview"];

/** Skills listed: the most widely held; the rest are counted under the table. */
const shownSkills = 12;

const cell = "px-3 py-2 text-end tabular-nums";

/**
 * The organization's most widely held skills: how many people have each, how many of them have
 * it verified, and how many are at each level. A plain table (no sorting: it is a summary).
 */
export function SkillsOverviewTable({ overview }: { overview: SkillsOverview }) {
  const skills = overview.categories
    .flatMap((category) =>
      category.skills.map((skill) => ({ ...skill, category: category.skill_category })),
    )
    .sort((a, b) => b.users - a.users || a.skill_name.localeCompare(b.skill_name));
  if (skills.length === 0) {
    return (
      <EmptyState
        title="No skills yet"
        description="When people add skills to their profiles, the most common ones and their levels appear here."
      />
    );
  }
  const shown = skills.slice(0, shownSkills);
  return (
    <div className="grid gap-2">
      <div className="overflow-x-auto rounded-ums border-ums border-line bg-surface">
        <table className="w-full border-collapse text-sm text-fg">
          <caption className="sr-only">The most common skills, by the number of people</caption>
          <thead>
            <tr className="border-b-(length:--ums-border-width) border-line">
              <th scope="col" className="px-3 py-2 text-start font-semibold">
                Skill
              </th>
              <th scope="col" className="px-3 py-2 text-end font-semibold">
                People
              </th>
              <th scope="col" className="px-3 py-2 text-end font-semibold">
                Verified
              </th>
              {proficiencyLevels.map((level) => (
                <th key={level} scope="col" className="px-3 py-2 text-end font-semibold">
                  {proficiencyLabel(level)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((skill) => (
              <tr
                key={`${skill.category}/${skill.skill_name}`}
                className="border-b border-line last:border-b-0"
              >
                <th scope="row" className="px-3 py-2 text-start font-normal">
                  <span className="grid">
                    <span className="font-medium">{skill.skill_name}</span>
                    <span className="text-fg-muted">{skill.category}</span>
                  </span>
                </th>
                <td className={cell}>{skill.users}</td>
                <td className={cell}>{skill.verified}</td>
                {proficiencyLevels.map((level) => (
                  <td key={level} className={cell}>
                    {skill.by_proficiency[level]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-fg-muted">
        {skills.length} skill {skills.length === 1 ? "name" : "names"} in{" "}
        {overview.categories.length} {overview.categories.length === 1 ? "category" : "categories"}
        {skills.length > shownSkills ? `; the ${shownSkills} most common are shown` : ""}. People
        whose accounts are deactivated are not counted.
      </p>
    </div>
  );
}
