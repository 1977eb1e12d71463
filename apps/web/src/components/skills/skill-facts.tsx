import { Badge } from "@ums/ui";

import {
  dayOf,
  evidenceLabel,
  proficiencyLabel,
  type Skill,
} from "../../app/(signed-in)/skills/skill-labels";

/** What backs the skill, and how sure it is: verified (when), requested, or self-assessed. */
export function SkillFacts({ skill }: { skill: Skill }) {
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
