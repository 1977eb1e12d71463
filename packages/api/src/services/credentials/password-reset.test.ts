import type { UserStatus } from "@ums/db";
import { createCredential, createTestDatabase, createUser, sha256Hex } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { createContextInner } from "../../context";
import type { AppError } from "../../errors";
import { callerAs, testSettings } from "../../testing";
import { decryptBody } from "../email";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { hashPassword, verifyPassword } from "./passwords";
import { verifyCredentials } from "./verify-credentials";

const { db } = await createTestDatabase();

const minute = 60_000;
const hour = 60 * minute;
const oldPassword = "correct horse battery staple";
const newPassword = "a brand new passphrase";
const userAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0";

let counter = 0;
const newIp = () => `198.18.0.${++counter}`;
/** An anonymous caller from a fresh client address (each test starts under every limit). */
const anonymous = (ip = newIp()) => callerAs(db, null, { ip, userAgent });
const contextFrom = (ip: string) =>
  createContextInner({ db, meta: { ip, userAgent }, settings: testSettings });

/** A user (ACTIVE by default) whose password is `oldPassword`. */
async function member(options: { status?: UserStatus; credential?: boolean } = {}) {
  const user = await createUser(db, {
    first_name: "Rosalind",
    ...(options.status ? { status: options.status } : {}),
  });
  if (options.credential !== false) {
    await createCredential(db, {
      user_id: user.id,
      password_hash: await hashPassword(oldPassword),
    });
  }
  return user;
}

/** Every row a request could have written for `user`, to show nothing was. */
const traces = async (userId: string, email: string) => ({
  tokens: await db.passwordResetToken.count({ where: { user_id: userId } }),
  emails: await db.emailOutbox.count({ where: { to_email: email } }),
  activities: await db.userActivity.count({ where: { user_id: userId } }),
});

/** The raw token of the newest reset e-mail to `email`, read from the (encrypted) outbox. */
async function linkSentTo(email: string): Promise<{ token: string; url: string }> {
  const message = await db.emailOutbox.findFirstOrThrow({
    where: { to_email: email, template: "password-reset" },
    orderBy: { created_at: "desc" },
  });
  const body = JSON.parse(decryptBody(testSettings, message.body_encrypted ?? "", message.id)) as {
    text: string;
  };
  const url = /https:\/\/learn\.example\.test\/reset-password\/[A-Za-z0-9_-]+/.exec(body.text)?.[0];
  if (url === undefined) throw new Error("no reset link in the e-mail");
  return { url, token: url.split("/").at(-1) ?? "" };
}

const failure = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error as AppError,
  );

describe("auth.requestPasswordReset", () => {
  it("e-mails an ACTIVE user a one-time link whose token is stored only as a hash", async () => {
    const user = await member();
    const ip = newIp();
    const before = Date.now();
    expect(
      await anonymous(ip).auth.requestPasswordReset({ email: user.email.toUpperCase() }),
    ).toEqual({
      ok: true,
    });

    const requested = Date.now();
    const { token, url } = await linkSentTo(user.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url).toBe(`https://learn.example.test/reset-password/${token}`);
    const message = await db.emailOutbox.findFirstOrThrow({ where: { to_email: user.email } });
    expect(message).toMatchObject({
      template: "password-reset",
      organization_id: user.organization_id,
      status: "PENDING",
    });

    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { user_id: user.id } });
    expect(stored.token_hash).toBe(sha256Hex(token));
    expect(stored).toMatchObject({ used_at: null, ip_address: ip });
    // It expires PASSWORD_RESET_EXPIRES_IN after the request.
    const expiresAt = stored.expires_at.getTime() - testSettings.PASSWORD_RESET_EXPIRES_IN;
    expect(expiresAt).toBeGreaterThanOrEqual(before);
    expect(expiresAt).toBeLessThanOrEqual(requested);

    // The raw token is nowhere in the database: not in the token, outbox or activity rows.
    const dump = JSON.stringify([
      await db.passwordResetToken.findMany(),
      await db.emailOutbox.findMany(),
      await db.userActivity.findMany(),
    ]);
    expect(dump).not.toContain(token);
    expect(
      await db.userActivity.findFirst({
        where: { user_id: user.id, activity_type: "PASSWORD_RESET_REQUESTED" },
      }),
    ).toMatchObject({ actor_id: null, ip_address: ip });
  });

  it("answers the same for an address without an account, and queues nothing for it", async () => {
    const known = await member();
    const inactive = await member({ status: "INACTIVE" });
    const pending = await member({ status: "PENDING" });
    const withoutPassword = await member({ credential: false });
    const answers = [];
    for (const email of [
      known.email,
      "nobody-at-all@example.test",
      inactive.email,
      pending.email,
      withoutPassword.email,
    ]) {
      answers.push(await anonymous().auth.requestPasswordReset({ email }));
    }
    expect(answers).toEqual(Array(5).fill({ ok: true }));

    expect(await traces(known.id, known.email)).toEqual({ tokens: 1, emails: 1, activities: 1 });
    for (const user of [inactive, pending, withoutPassword]) {
      expect(await traces(user.id, user.email)).toEqual({ tokens: 0, emails: 0, activities: 0 });
    }
    expect(await db.emailOutbox.count({ where: { to_email: "nobody-at-all@example.test" } })).toBe(
      0,
    );
  });

  it("limits requests to 3 an hour per address, known or not", async () => {
    const user = await member();
    for (const email of [user.email, `unknown-${++counter}@example.test`]) {
      const t0 = new Date();
      for (let i = 0; i < 3; i++) {
        expect(await requestPasswordReset(contextFrom(newIp()), email, t0)).toEqual({ ok: true });
      }
      const limited = await failure(requestPasswordReset(contextFrom(newIp()), email, t0));
      expect(limited).toMatchObject({
        appCode: "RATE_LIMITED",
        httpStatus: 429,
        message:
          "Too many password-reset requests for this e-mail address. Try again in 60 minutes.",
      });
      expect(
        await requestPasswordReset(contextFrom(newIp()), email, new Date(t0.getTime() + hour)),
      ).toEqual({ ok: true });
    }
    expect(await db.emailOutbox.count({ where: { to_email: user.email } })).toBe(4);
  });

  it("limits requests to 20 an hour per client address", async () => {
    const ip = newIp();
    const t0 = new Date();
    for (let i = 0; i < 20; i++) {
      await requestPasswordReset(contextFrom(ip), `someone-${i}-${counter}@example.test`, t0);
    }
    const limited = await failure(
      requestPasswordReset(contextFrom(ip), `one-more-${counter}@example.test`, t0),
    );
    expect(limited).toMatchObject({ appCode: "RATE_LIMITED" });
    expect(limited.message).toMatch(/from your network\. Try again in 60 minutes\./);
    expect(
      await requestPasswordReset(contextFrom(newIp()), `one-more-${counter}@example.test`, t0),
    ).toEqual({ ok: true });
  });

  it("makes the earlier link stop working when a new one is sent", async () => {
    const user = await member();
    await anonymous().auth.requestPasswordReset({ email: user.email });
    const first = await linkSentTo(user.email);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await anonymous().auth.requestPasswordReset({ email: user.email });
    const second = await linkSentTo(user.email);
    expect(second.token).not.toBe(first.token);

    expect(
      await failure(
        anonymous().auth.resetPassword({ token: first.token, new_password: newPassword }),
      ),
    ).toMatchObject({ appCode: "CONFLICT", details: [{ path: "token", message: "used" }] });
    expect(
      await anonymous().auth.resetPassword({ token: second.token, new_password: newPassword }),
    ).toEqual({ ok: true });
  });
});

describe("auth.resetPassword", () => {
  it("sets the new password once: the old one fails, the new one works, the link is spent", async () => {
    const user = await member();
    await db.userCredential.update({
      where: { user_id: user.id },
      data: { must_change_password: true },
    });
    const ip = newIp();
    await anonymous(ip).auth.requestPasswordReset({ email: user.email });
    const { token } = await linkSentTo(user.email);

    expect(await anonymous(ip).auth.resetPassword({ token, new_password: newPassword })).toEqual({
      ok: true,
    });
    const credential = await db.userCredential.findUniqueOrThrow({ where: { user_id: user.id } });
    expect(credential.must_change_password).toBe(false);
    expect(JSON.stringify(credential)).not.toContain(newPassword);
    expect(await verifyPassword(credential.password_hash, newPassword)).toBe(true);
    await expect(
      verifyCredentials({ db }, { email: user.email, password: oldPassword, ip: newIp() }),
    ).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
    expect(
      await verifyCredentials({ db }, { email: user.email, password: newPassword, ip: newIp() }),
    ).toMatchObject({ userId: user.id, mustChangePassword: false });

    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { user_id: user.id } });
    expect(stored.used_at).not.toBeNull();
    expect(
      await db.userActivity.findFirst({
        where: { user_id: user.id, activity_type: "PASSWORD_RESET" },
      }),
    ).toMatchObject({
      actor_id: null,
      ip_address: ip,
      activity_data: { password_reset_id: stored.id },
    });

    // Neither password nor the token is stored in clear anywhere, nor the address in the limits.
    const dump = JSON.stringify([
      await db.userCredential.findMany(),
      await db.passwordResetToken.findMany(),
      await db.userActivity.findMany(),
      await db.emailOutbox.findMany(),
    ]);
    for (const secret of [oldPassword, newPassword, token]) expect(dump).not.toContain(secret);
    expect(JSON.stringify(await db.rateLimitBucket.findMany())).not.toContain(user.email);

    // Used once, the link is dead.
    expect(
      await failure(
        anonymous().auth.resetPassword({ token, new_password: "yet another passphrase" }),
      ),
    ).toMatchObject({ appCode: "CONFLICT", details: [{ path: "token", message: "used" }] });
  });

  it("tells an unknown, an expired and an inactive account's link apart, changing nothing", async () => {
    const unknown = await failure(
      anonymous().auth.resetPassword({ token: "A".repeat(43), new_password: newPassword }),
    );
    expect(unknown).toMatchObject({
      appCode: "NOT_FOUND",
      details: [{ path: "token", message: "unknown" }],
    });

    const user = await member();
    await anonymous().auth.requestPasswordReset({ email: user.email });
    const { token } = await linkSentTo(user.email);
    const before = await db.userCredential.findUniqueOrThrow({ where: { user_id: user.id } });
    const expiry = new Date(Date.now() + testSettings.PASSWORD_RESET_EXPIRES_IN + 1000);
    const expired = await failure(
      resetPassword(contextFrom(newIp()), { token, new_password: newPassword }, expiry),
    );
    expect(expired).toMatchObject({
      appCode: "CONFLICT",
      message: "This password-reset link has expired: request a new one",
      details: [{ path: "token", message: "expired" }],
    });

    await db.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });
    const inactive = await failure(
      anonymous().auth.resetPassword({ token, new_password: newPassword }),
    );
    expect(inactive).toMatchObject({
      appCode: "FORBIDDEN",
      details: [{ path: "token", message: "inactive" }],
    });

    expect(await db.userCredential.findUniqueOrThrow({ where: { user_id: user.id } })).toEqual(
      before,
    );
    expect(
      (await db.passwordResetToken.findFirstOrThrow({ where: { user_id: user.id } })).used_at,
    ).toBeNull();
  });

  it("holds the new password to the policy, and keeps the link for a better one", async () => {
    const user = await member();
    await anonymous().auth.requestPasswordReset({ email: user.email });
    const { token } = await linkSentTo(user.email);
    for (const password of [
      "too short",
      "qwertyuiop123",
      user.email,
      user.email.split("@")[0] ?? "",
    ]) {
      expect(
        await failure(anonymous().auth.resetPassword({ token, new_password: password })),
      ).toMatchObject({ appCode: "VALIDATION_FAILED", details: [{ path: "new_password" }] });
    }
    expect(await anonymous().auth.resetPassword({ token, new_password: newPassword })).toEqual({
      ok: true,
    });
  });

  it("lets exactly one of two simultaneous uses of one link succeed", async () => {
    const user = await member();
    await anonymous().auth.requestPasswordReset({ email: user.email });
    const { token } = await linkSentTo(user.email);
    const candidates = ["the first new passphrase", "the second new passphrase"];
    const outcomes = await Promise.allSettled(
      candidates.map((candidate) =>
        anonymous().auth.resetPassword({ token, new_password: candidate }),
      ),
    );
    const won = outcomes.findIndex((outcome) => outcome.status === "fulfilled");
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes[1 - won];
    expect(lost?.status === "rejected" ? (lost.reason as AppError) : null).toMatchObject({
      appCode: "CONFLICT",
      details: [{ path: "token", message: "used" }],
    });
    const stored = await db.userCredential.findUniqueOrThrow({ where: { user_id: user.id } });
    expect(await verifyPassword(stored.password_hash, candidates[won] ?? "")).toBe(true);
    expect(
      await db.userActivity.count({ where: { user_id: user.id, activity_type: "PASSWORD_RESET" } }),
    ).toBe(1);
  });

  it("ends a sign-in lock-out: after a reset, the owner signs in at once", async () => {
    const user = await member();
    for (let i = 0; i < 5; i++) {
      await expect(
        verifyCredentials(
          { db },
          { email: user.email, password: "an attacker's guess", ip: newIp() },
        ),
      ).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
    }
    await expect(
      verifyCredentials({ db }, { email: user.email, password: oldPassword, ip: newIp() }),
    ).rejects.toMatchObject({ appCode: "RATE_LIMITED" });

    await anonymous().auth.requestPasswordReset({ email: user.email });
    const { token } = await linkSentTo(user.email);
    await anonymous().auth.resetPassword({ token, new_password: newPassword });
    expect(
      await verifyCredentials({ db }, { email: user.email, password: newPassword, ip: newIp() }),
    ).toMatchObject({ userId: user.id });
    expect(
      await db.userCredential.findUniqueOrThrow({ where: { user_id: user.id } }),
    ).toMatchObject({ failed_attempts: 0, locked_until: null });
  });
});
