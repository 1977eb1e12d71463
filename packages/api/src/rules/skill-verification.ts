import type { UserActor } from "../auth/actor";

/**
 * Who may verify (and unverify) whose skills, as a pure function: `skills.verify` and
 * `skills.unverify` enforce it, and the web app asks it to decide whether to offer the buttons,
 * so the two always agree. Client-safe: no server code.
 */

/** Who is looking. */
export type SkillVerifier = Pick<UserActor, "userId" | "organizationId" | "role">;

/** Whose skills: the owner's id and organization. */
export interface SkillOwner {
  id: string;
  organization_id: string;
}

/** The roles that verify skills: instructors and org admins in their organization, super admins in all. */
export const skillVerifierRoles: readonly SkillVerifier["role"][] = [
  "INSTRUCTOR",
  "ORG_ADMIN",
  "SUPER_ADMIN",
];

/** Whether the viewer's role verifies skills at all. */
export function verifiesSkills(viewer: SkillVerifier): boolean {
  return skillVerifierRoles.includes(viewer.role);
}

/**
 * Whether `viewer` may verify the skills of `owner`: a verifying role, the owner's organization
 * (any, for a super admin), and never one's own skills.
 */
export function mayVerifySkillsOf(viewer: SkillVerifier, owner: SkillOwner): boolean {
  return (
    verifiesSkills(viewer) &&
    owner.id !== viewer.userId &&
    (viewer.role === "SUPER_ADMIN" || owner.organization_id === viewer.organizationId)
  );
}
