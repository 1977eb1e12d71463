import { createTestDatabase } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { callerAs, createWorld } from "../../testing";

const { db } = await createTestDatabase();
const world = await createWorld(db);
const superAdmin = callerAs(db, world.superAdmin);

describe("organizations", () => {
  it("are created with a unique slug and renamed by super admins", async () => {
    const created = await superAdmin.organizations.create({
      name: "Initech Learning",
      slug: "Initech",
    });
    expect(created.slug).toBe("initech");
    await expect(
      superAdmin.organizations.create({ name: "Other", slug: "initech" }),
    ).rejects.toMatchObject({
      appCode: "CONFLICT",
      details: [{ path: "slug" }],
    });
    const renamed = await superAdmin.organizations.rename({
      organization_id: created.id,
      name: "Initech Academy",
    });
    expect(renamed).toMatchObject({ name: "Initech Academy", slug: "initech" });
    await expect(
      superAdmin.organizations.rename({ organization_id: crypto.randomUUID(), name: "Nowhere" }),
    ).rejects.toMatchObject({ appCode: "NOT_FOUND" });
  });

  it("are listed by name, a page at a time, to super admins; others see only their own", async () => {
    for (const name of ["Delta", "Echo", "Foxtrot"]) {
      await superAdmin.organizations.create({ name, slug: name.toLowerCase() });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await superAdmin.organizations.list({ limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((org) => org.name));
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : 1)));
    expect(seen).toEqual(expect.arrayContaining(["Alpha", "Beta", "Delta", "Echo", "Foxtrot"]));
    expect(new Set(seen).size).toBe(seen.length);

    const own = await callerAs(db, world.b.learner).organizations.list({});
    expect(own.items.map((org) => org.id)).toEqual([world.b.organizationId]);
    expect((await callerAs(db, world.b.learner).organizations.mine()).id).toBe(
      world.b.organizationId,
    );
  });

  it("are read one at a time: any by super admins, only their own by anyone else", async () => {
    const other = world.a.organizationId;
    expect((await superAdmin.organizations.get({ organization_id: other })).id).toBe(other);
    const admin = callerAs(db, world.b.orgAdmin);
    expect((await admin.organizations.get({ organization_id: world.b.organizationId })).id).toBe(
      world.b.organizationId,
    );
    // Another organization reads the same as one that does not exist.
    for (const organization_id of [other, crypto.randomUUID()]) {
      await expect(admin.organizations.get({ organization_id })).rejects.toMatchObject({
        appCode: "NOT_FOUND",
      });
    }
  });
});
