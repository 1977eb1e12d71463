import { describe, expect, it } from "vitest";

import { grantableRoles } from "./grantable-roles";

describe("grantableRoles", () => {
  it("offers an organization administrator every role but platform administrator", () => {
    expect(grantableRoles(false)).toEqual(["LEARNER", "INSTRUCTOR", "ORG_ADMIN"]);
  });

  it("offers a platform administrator every role", () => {
    expect(grantableRoles(true)).toEqual(["LEARNER", "INSTRUCTOR", "ORG_ADMIN", "SUPER_ADMIN"]);
  });
});
