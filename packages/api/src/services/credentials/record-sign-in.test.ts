import { createTestDatabase, createUser } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { recordSignIn } from "./record-sign-in";

const { db } = await createTestDatabase();

describe("recordSignIn", () => {
  it("sets last_login and logs SIGNED_IN with the method and the client, without touching updated_at", async () => {
    const user = await createUser(db, { role: "LEARNER" });
    const at = new Date("2026-03-01T08:30:00.000Z");
    await recordSignIn(
      db,
      {
        userId: user.id,
        method: "single_sign_on",
        meta: { ip: "198.51.100.7", userAgent: "Mozilla/5.0 (X11; Linux x86_64)" },
      },
      at,
    );

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.last_login).toEqual(at);
    expect(after.updated_at).toEqual(user.updated_at);
    expect(await db.userActivity.findMany({ where: { user_id: user.id } })).toEqual([
      expect.objectContaining({
        activity_type: "SIGNED_IN",
        actor_id: null,
        activity_data: { method: "single_sign_on" },
        ip_address: "198.51.100.7",
        device_type: "desktop",
      }),
    ]);
  });

  it("records nothing when the step run inside its transaction fails", async () => {
    const user = await createUser(db, { role: "LEARNER" });
    await expect(
      recordSignIn(
        db,
        { userId: user.id, method: "password", meta: { ip: null, userAgent: null } },
        new Date(),
        () => Promise.reject(new Error("the attempt could not be settled")),
      ),
    ).rejects.toThrow("the attempt could not be settled");

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.last_login).toBeNull();
    expect(await db.userActivity.count({ where: { user_id: user.id } })).toBe(0);
  });
});
