import type { Metadata } from "next";
import { EmptyState } from "@ums/ui";

import { requireUser } from "../../../server/auth/require-user";
import { api } from "../../../server/trpc";
import { SkillFacts } from "../../../components/skills/skill-facts";
import { SkillActions } from "./skill-actions";
import { SkillDialog } from "./skill-dialog";

export const metadata: Metadata = { title: "Your skills" };

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
