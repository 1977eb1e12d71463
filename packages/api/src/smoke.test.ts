import { createTestDatabase } from "@ums/db/testing";
import { expect, it } from "vitest";

import { callerAs, createWorld } from "./testing";

const { db } = await createTestDatabase();
const world = await createWorld(db);

it("smoke", async () => {
  const me = await callerAs(db, world.a.learner).profile.get();
  expect(me.id).toBe(world.a.learner.userId);
  const list = await callerAs(db, world.a.orgAdmin).users.list({ include_total: true });
  expect(list.total).toBe(4);
  const created = await callerAs(db, world.a.orgAdmin).users.create({ email: "New@Example.com", first_name: "N", last_name: "U" });
  expect(created.invitation.invitation_url).toMatch(/^https:\/\/learn.example.test\/invite\//);
  await expect(callerAs(db, world.a.orgAdmin).users.create({ email: "new@example.com", first_name: "N", last_name: "U" })).rejects.toMatchObject({ appCode: "CONFLICT" });
  await expect(callerAs(db, world.a.learner).profile.update({ profile: { phone_number: "12" } })).rejects.toMatchObject({ appCode: "VALIDATION_FAILED" });
});
