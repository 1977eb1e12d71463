import { createTestDatabase } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { authenticateApiKey } from "../../auth/authenticate-api-key";
import { hashApiKey } from "../../auth/api-key-secret";
import { callerAs, createWorld } from "../../testing";

const { db } = await createTestDatabase();
const world = await createWorld(db);
const admin = callerAs(db, world.a.orgAdmin);

describe("API keys", () => {
  it("are shown once at creation and stored only as a hash and a prefix", async () => {
    const created = await admin.apiKeys.create({
      name: "Course service",
      scopes: ["users:read", "stats:write"],
    });
    expect(created.key).toMatch(/^ums_[A-Za-z0-9_-]{40}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);
    expect(created.organization_id).toBe(world.a.organizationId);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.key_hash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);

    const listed = await admin.apiKeys.list({});
    expect(listed.map((key) => key.id)).toContain(created.id);
    expect(JSON.stringify(listed)).not.toMatch(/key_hash|ums_[A-Za-z0-9_-]{40}/);

    const actor = await authenticateApiKey(db, created.key);
    expect(actor).toMatchObject({
      organizationId: world.a.organizationId,
      scopes: ["users:read", "stats:write"],
    });
  });

  it("stop working at once when revoked; revoking again changes nothing", async () => {
    const created = await admin.apiKeys.create({ name: "Temporary", scopes: ["users:read"] });
    const revoked = await admin.apiKeys.revoke({ api_key_id: created.id });
    expect(revoked.revoked_at).not.toBeNull();
    await expect(authenticateApiKey(db, created.key)).rejects.toMatchObject({
      appCode: "UNAUTHENTICATED",
    });
    const again = await admin.apiKeys.revoke({ api_key_id: created.id });
    expect(again.revoked_at).toEqual(revoked.revoked_at);
    expect(await admin.apiKeys.list({})).not.toContainEqual(
      expect.objectContaining({ id: created.id }),
    );
    expect(await admin.apiKeys.list({ include_revoked: true })).toContainEqual(
      expect.objectContaining({ id: created.id }),
    );
    const logged = await db.userActivity.findMany({
      where: {
        user_id: world.a.orgAdmin.userId,
        activity_type: { in: ["API_KEY_CREATED", "API_KEY_REVOKED"] },
      },
    });
    expect(logged.filter((a) => a.activity_type === "API_KEY_REVOKED")).toHaveLength(1);
  });

  it("may be platform-wide only when a super admin creates them", async () => {
    await expect(
      admin.apiKeys.create({ name: "Platform", scopes: ["users:read"], organization_id: null }),
    ).rejects.toMatchObject({
      appCode: "FORBIDDEN",
    });
    const platform = await callerAs(db, world.superAdmin).apiKeys.create({
      name: "Platform",
      scopes: ["users:read"],
      organization_id: null,
    });
    expect(platform.organization_id).toBeNull();
  });

  it("refuse an empty or repeated scope list", async () => {
    await expect(admin.apiKeys.create({ name: "x", scopes: [] })).rejects.toMatchObject({
      appCode: "VALIDATION_FAILED",
    });
    await expect(
      admin.apiKeys.create({ name: "x", scopes: ["users:read", "users:read"] }),
    ).rejects.toMatchObject({
      appCode: "VALIDATION_FAILED",
      details: [{ path: "scopes" }],
    });
  });
});
