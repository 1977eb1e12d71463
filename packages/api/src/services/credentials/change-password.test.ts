import { createCredential, createTestDatabase, createUser, sha256Hex } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { UserActor } from "../../auth/actor";
import type { AppError } from "../../errors";
import { callerAs, createWorld } from "../../testing";
import { rateLimitKey } from "../rate-limit";
import { credentialBuckets } from "./credential-limits";
import { hashPassword, verifyPassword } from "./passwords";
import { verifyCredentials } from "./verify-credentials";

const { db } = await createTestDatabase();
const world = await createWorld(db);

const current = "correct horse battery staple";
const next = "a brand new passphrase";
const userAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0";

let counter = 0;
const newIp = () => `192.0.2.${++counter}`;

/** A signed-in user whose password is `current`, and a caller acting as them from a new address. */
async function signedIn(options: { email?: string; mustChange?: boolean } = {}) {
  const user = await createUser(db, options.email ? { email: options.email } : {});
  await createCredential(db, {
    user_id: user.id,
    password_hash: await hashPassword(current),
    must_change_password: options.mustChange ?? false,
  });
  const actor: UserActor = {
    kind: "user",
    userId: user.id,
    organizationId: user.organization_id,
    role: user.role,
  };
  const ip = newIp();
  return { user, ip, me: callerAs(db, actor, { ip, userAgent }) };
}

const credentialOf = (userId: string) =>
  db.userCredential.findUniqueOrThrow({ where: { user_id: userId } });

const failure = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error as AppError,
  );

describe("auth.changePassword", () => {
  it("replaces the password: the old one stops working, the new one works", async () => {
    const { user, ip, me } = await signedIn({ mustChange: true });
    const before = await credentialOf(user.id);
    const link = await db.passwordResetToken.create({
      data: {
        user_id: user.id,
        token_hash: sha256Hex("an open link"),
        expires_at: new Date(Date.now() + 3_600_000),
      },
    });

    const result = await me.auth.changePassword({
      current_password: current,
      new_password: next,
    });
    expect(result.ok).toBe(true);

    const after = await credentialOf(user.id);
    expect(after.must_change_password).toBe(false);
    expect(after.password_changed_at.toISOString()).toBe(result.password_changed_at);
    expect(after.password_changed_at.getTime()).toBeGreaterThan(
      before.password_changed_at.getTime(),
    );
    expect(after.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(after)).not.toContain(next);
    expect(await verifyPassword(after.password_hash, next)).toBe(true);

    await expect(
      verifyCredentials({ db }, { email: user.email, password: current, ip: newIp() }),
    ).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
    expect(
      await verifyCredentials({ db }, { email: user.email, password: next, ip: newIp() }),
    ).toMatchObject({ userId: user.id, mustChangePassword: false });

    // The open reset link is dead, and the change is on the user's timeline.
    expect(
      (await db.passwordResetToken.findUniqueOrThrow({ where: { id: link.id } })).used_at,
    ).not.toBeNull();
    expect(
      await db.userActivity.findMany({
        where: { user_id: user.id, activity_type: "PASSWORD_CHANGED" },
      }),
    ).toEqual([
      expect.objectContaining({ actor_id: null, ip_address: ip, device_type: "desktop" }),
    ]);
  });

  it("refuses a wrong current password, and counts it like a failed sign-in", async () => {
    const { user, me } = await signedIn();
    const before = await credentialOf(user.id);
    const wrong = await failure(
      me.auth.changePassword({ current_password: "not my password", new_password: next }),
    );
    expect(wrong).toMatchObject({
      appCode: "UNAUTHENTICATED",
      details: [{ path: "current_password", message: "is not correct" }],
    });
    expect(await credentialOf(user.id)).toMatchObject({
      password_hash: before.password_hash,
      failed_attempts: 1,
    });

    // Wrong sign-ins and wrong current passwords share the account's budget of 5.
    for (let i = 0; i < 3; i++) {
      await expect(
        verifyCredentials({ db }, { email: user.email, password: "guess", ip: newIp() }),
      ).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
    }
    await failure(me.auth.changePassword({ current_password: "guess", new_password: next }));
    const limited = await failure(
      me.auth.changePassword({ current_password: current, new_password: next }),
    );
    expect(limited).toMatchObject({ appCode: "RATE_LIMITED", httpStatus: 429 });
    expect(limited.message).toMatch(/for this account\. Try again in 15 minutes\./);
    expect((await credentialOf(user.id)).password_hash).toBe(before.password_hash);
    expect(
      await db.userActivity.count({
        where: { user_id: user.id, activity_type: "PASSWORD_CHANGED" },
      }),
    ).toBe(0);
  });

  it.each([
    ["too short", () => "short pw"],
    ["too long", () => "x".repeat(129)],
    ["a common password", () => "Password123"],
    ["the e-mail address", (email: string) => email.toUpperCase()],
    ["the address's local part", (email: string) => email.split("@")[0] ?? ""],
    ["the current password", () => current],
  ])("refuses a new password that is %s, without spending an attempt", async (_name, password) => {
    const { user, ip, me } = await signedIn({ email: `linus.pauling.${++counter}@example.test` });
    const error = await failure(
      me.auth.changePassword({ current_password: current, new_password: password(user.email) }),
    );
    expect(error).toMatchObject({
      appCode: "VALIDATION_FAILED",
      details: [{ path: "new_password" }],
    });
    expect(await verifyPassword((await credentialOf(user.id)).password_hash, current)).toBe(true);
    expect(
      await db.rateLimitBucket.count({
        where: {
          key: {
            in: [
              rateLimitKey(credentialBuckets.account, user.email),
              rateLimitKey(credentialBuckets.ip, ip),
            ],
          },
        },
      }),
    ).toBe(0);
  });

  it("has no password to change on an account that signs in another way", async () => {
    const user = await createUser(db);
    const me = callerAs(db, {
      kind: "user",
      userId: user.id,
      organizationId: user.organization_id,
      role: user.role,
    });
    expect(
      await failure(me.auth.changePassword({ current_password: current, new_password: next })),
    ).toMatchObject({ appCode: "PRECONDITION_FAILED" });
    expect(await db.userCredential.count({ where: { user_id: user.id } })).toBe(0);
  });

  it("is for signed-in users only", async () => {
    const input = { current_password: current, new_password: next };
    expect(await failure(callerAs(db, null).auth.changePassword(input))).toMatchObject({
      appCode: "UNAUTHENTICATED",
    });
    expect(
      await failure(callerAs(db, world.a.keyAllScopes).auth.changePassword(input)),
    ).toMatchObject({ appCode: "FORBIDDEN" });
  });

  it("lets one of two simultaneous changes with the same current password win", async () => {
    const { user, me } = await signedIn();
    const candidates = ["the first new passphrase", "the second new passphrase"];
    const outcomes = await Promise.allSettled(
      candidates.map((candidate) =>
        me.auth.changePassword({ current_password: current, new_password: candidate }),
      ),
    );
    const won = outcomes.findIndex((outcome) => outcome.status === "fulfilled");
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((outcome) => outcome.status === "rejected");
    expect(["CONFLICT", "UNAUTHENTICATED"]).toContain((lost?.reason as AppError).appCode);

    const stored = (await credentialOf(user.id)).password_hash;
    expect(await verifyPassword(stored, candidates[won] ?? "")).toBe(true);
    expect(await verifyPassword(stored, candidates[1 - won] ?? "")).toBe(false);
    expect(
      await db.userActivity.count({
        where: { user_id: user.id, activity_type: "PASSWORD_CHANGED" },
      }),
    ).toBe(1);
  });
});
