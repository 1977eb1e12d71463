import { describe, expect, it } from "vitest";

import { assignableRoles, grantableRoles, roleAndStatusLockedBecause } from "./user-administration";

const target = { id: "target", role: "INSTRUCTOR", status: "ACTIVE" } as const;
const superTarget = { ...target, role: "SUPER_ADMIN" } as const;
const orgAdmin = { userId: "editor", role: "ORG_ADMIN" } as const;
const superAdmin = { userId: "editor", role: "SUPER_ADMIN" } as const;

describe("role and status rules", () => {
  it("lock one's own role and status, with the reason", () => {
    const self = { ...target, id: "editor", role: "ORG_ADMIN" } as const;
    expect(roleAndStatusLockedBecause(orgAdmin, self)).toMatch(/your own role or status/);
    expect(roleAndStatusLockedBecause(superAdmin, { ...self, role: "SUPER_ADMIN" })).toMatch(
      /your own/,
    );
    expect(assignableRoles(orgAdmin, self)).toEqual(["ORG_ADMIN"]);
  });

  it("let org admins give every role but SUPER_ADMIN, and not touch a SUPER_ADMIN", () => {
    expect(roleAndStatusLockedBecause(orgAdmin, target)).toBeNull();
    expect(assignableRoles(orgAdmin, target)).toEqual(["LEARNER", "INSTRUCTOR", "ORG_ADMIN"]);
    expect(roleAndStatusLockedBecause(orgAdmin, superTarget)).toMatch(/platform administrator/);
    expect(assignableRoles(orgAdmin, superTarget)).toEqual(["SUPER_ADMIN"]);
  });

  it("let super admins give any role to anyone else", () => {
    expect(assignableRoles(superAdmin, target)).toContain("SUPER_ADMIN");
    expect(assignableRoles(superAdmin, superTarget)).toHaveLength(4);
  });

  it("let anyone but a super admin grant every role but SUPER_ADMIN, weakest first", () => {
    expect(grantableRoles("ORG_ADMIN")).toEqual(["LEARNER", "INSTRUCTOR", "ORG_ADMIN"]);
    expect(grantableRoles("SUPER_ADMIN")).toEqual([
      "LEARNER",
      "INSTRUCTOR",
      "ORG_ADMIN",
      "SUPER_ADMIN",
    ]);
  });
});
