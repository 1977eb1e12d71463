import { describe, expect, it } from "vitest";

import { rowPermissions } from "./row-permissions";
import {
  activeFilters,
  defaultPageSize,
  listInputOf,
  parseUsersView,
  totalText,
} from "./users-view";

const orgId = "0b7f4a52-7c1e-4f43-9a0e-3c0d3c8a1e11";
const otherOrg = "5d2c7e55-1111-4a2b-8c3d-9e8f7a6b5c4d";

describe("parseUsersView", () => {
  it("reads every parameter of a shared URL", () => {
    const view = parseUsersView({
      search: "  smith ",
      role: "INSTRUCTOR",
      status: "INACTIVE",
      organization: otherOrg,
      sort: "email",
      order: "asc",
      limit: "5",
      cursor: "abc",
    });
    expect(view).toEqual({
      search: "smith",
      role: "INSTRUCTOR",
      status: "INACTIVE",
      organization: otherOrg,
      sort: "email",
      order: "asc",
      limit: 5,
      cursor: "abc",
    });
  });

  it("falls back to the defaults for values it cannot use, rather than an error page", () => {
    expect(
      parseUsersView({
        search: "   ",
        role: "KING",
        status: ["ACTIVE", "INACTIVE"],
        organization: "elsewhere",
        sort: "password",
        order: "sideways",
        limit: "1000",
      }),
    ).toEqual({
      search: null,
      role: null,
      status: null,
      organization: null,
      sort: "created_at",
      order: "desc",
      limit: defaultPageSize,
      cursor: null,
    });
    expect(parseUsersView({ limit: "0" }).limit).toBe(defaultPageSize);
    expect(parseUsersView({ limit: "2.5" }).limit).toBe(defaultPageSize);
    expect(parseUsersView({ limit: "100" }).limit).toBe(100);
  });
});

describe("listInputOf", () => {
  const viewed = { organization_id: orgId };

  it("aims at the viewed organization unless the URL names all or another one, with the total", () => {
    expect(listInputOf(parseUsersView({}), viewed)).toEqual({
      organization_id: orgId,
      sort: "created_at",
      order: "desc",
      limit: defaultPageSize,
      include_total: true,
    });
    expect(listInputOf(parseUsersView({ organization: "all" }), viewed)).not.toHaveProperty(
      "organization_id",
    );
    expect(listInputOf(parseUsersView({ organization: otherOrg }), viewed)).toMatchObject({
      organization_id: otherOrg,
    });
    // An organization administrator's calls name none (the API confines them anyway).
    expect(listInputOf(parseUsersView({ role: "LEARNER", cursor: "c" }), {})).toEqual({
      role: "LEARNER",
      cursor: "c",
      sort: "created_at",
      order: "desc",
      limit: defaultPageSize,
      include_total: true,
    });
  });
});

describe("totalText", () => {
  it("says how many match, or that there are more than the API counted", () => {
    expect(totalText({ total: 1, total_kind: "exact" })).toBe("1 person");
    expect(totalText({ total: 1234, total_kind: "exact" })).toBe("1,234 people");
    expect(totalText({ total: 10_000, total_kind: "at_least" })).toBe("more than 10,000 people");
    expect(totalText({})).toBeNull();
  });
});

describe("activeFilters", () => {
  it("names each filter in force, in words", () => {
    const view = parseUsersView({ search: "smith", role: "LEARNER", status: "INACTIVE" });
    expect(
      activeFilters(view, { role: (role) => role.toLowerCase(), status: (s) => s.toLowerCase() }),
    ).toEqual(["search “smith”", "role learner", "status inactive"]);
    expect(
      activeFilters(parseUsersView({ sort: "email" }), { role: String, status: String }),
    ).toEqual([]);
  });
});

describe("rowPermissions", () => {
  const orgAdmin = { userId: "me", role: "ORG_ADMIN" } as const;
  const platformAdmin = { userId: "me", role: "SUPER_ADMIN" } as const;

  it("offers nothing on one's own row, and says why", () => {
    const own = rowPermissions(orgAdmin, { id: "me", role: "ORG_ADMIN", status: "ACTIVE" });
    expect(own).toMatchObject({ allowed: false, reason: expect.stringContaining("own") as string });
  });

  it("keeps platform administrators to platform administrators", () => {
    const row = { id: "x", role: "SUPER_ADMIN", status: "ACTIVE" } as const;
    expect(rowPermissions(orgAdmin, row).allowed).toBe(false);
    expect(rowPermissions(platformAdmin, row)).toMatchObject({ allowed: true });
    const learner = { id: "y", role: "LEARNER", status: "ACTIVE" } as const;
    expect(rowPermissions(orgAdmin, learner)).toMatchObject({
      roles: ["LEARNER", "INSTRUCTOR", "ORG_ADMIN"],
    });
    expect(rowPermissions(platformAdmin, learner)).toMatchObject({
      roles: ["LEARNER", "INSTRUCTOR", "ORG_ADMIN", "SUPER_ADMIN"],
    });
  });

  it("offers deactivation to active and invited users, reactivation to the others", () => {
    const action = (status: "ACTIVE" | "PENDING" | "INACTIVE" | "SUSPENDED") => {
      const permissions = rowPermissions(orgAdmin, { id: "z", role: "LEARNER", status });
      return permissions.allowed ? permissions.statusAction : null;
    };
    expect([action("ACTIVE"), action("PENDING"), action("INACTIVE"), action("SUSPENDED")]).toEqual([
      "deactivate",
      "deactivate",
      "reactivate",
      "reactivate",
    ]);
  });
});
