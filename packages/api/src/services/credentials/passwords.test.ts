import { createCredential, createTestDatabase, createUser, sha256Hex } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { AppError } from "../../errors";
import {
  changePasswordInput,
  newPassword,
  passwordMaxLength,
  passwordMinLength,
  passwordProblem,
  resetPasswordInput,
  signInInput,
} from "../../schemas/auth";
import { commonPasswords, isCommonPassword } from "../../schemas/common-passwords";
import { consumeRateLimit } from "../rate-limit";
import { accountBucket } from "./password-attempts";
import { assertPasswordPolicy } from "./password-policy";
import { hashPassword, setPassword, setPasswordHash, verifyPassword } from "./passwords";

const { db } = await createTestDatabase();

const good = "correct horse battery staple";

describe("the password policy", () => {
  it("wants 10 to 128 characters", () => {
    expect(passwordMinLength).toBe(10);
    expect(passwordMaxLength).toBe(128);
    expect(passwordProblem("Tr0ub4dor")).toBe("must be at least 10 characters");
    expect(passwordProblem("Tr0ub4dor&")).toBeNull();
    expect(passwordProblem("x".repeat(127) + "y")).toBeNull();
    expect(passwordProblem("x".repeat(128) + "y")).toBe("must be at most 128 characters");
    expect(passwordProblem("")).toBe("must be at least 10 characters");
  });

  it("refuses the most common passwords, whatever their case", () => {
    for (const common of ["password123", "Password123", "QWERTYUIOP", "1q2w3e4r5t", "1234567890"]) {
      expect(passwordProblem(common)).toMatch(/most common passwords/);
    }
    expect(passwordProblem("Summer2024!")).toMatch(/most common passwords/);
    expect(passwordProblem("password123 but longer")).toBeNull();
  });

  it("refuses the account's e-mail address and its local part, whatever their case", () => {
    const email = "ada.lovelace@example.test";
    expect(passwordProblem("Ada.Lovelace@Example.test", { email })).toMatch(/e-mail address/);
    expect(passwordProblem("ADA.LOVELACE", { email })).toMatch(/e-mail address/);
    expect(passwordProblem("ada.lovelace", { email: " ADA.Lovelace@example.test " })).toMatch(
      /e-mail address/,
    );
    expect(passwordProblem("ada.lovelace1", { email })).toBeNull();
    expect(passwordProblem("grace.hopper", { email })).toBeNull();
    // Without an address, only the other rules apply.
    expect(passwordProblem("ada.lovelace")).toBeNull();
  });

  it("ships about a thousand common passwords, lower case, one word each", () => {
    expect(commonPasswords.size).toBeGreaterThanOrEqual(1000);
    expect(commonPasswords.size).toBeLessThanOrEqual(1200);
    for (const entry of commonPasswords) {
      expect(entry).toBe(entry.toLowerCase());
      expect(entry).toMatch(/^\S+$/);
    }
    for (const famous of ["123456", "password", "qwerty", "iloveyou", "letmein", "trustno1"]) {
      expect(isCommonPassword(famous)).toBe(true);
    }
    // The ones a minimum length of 10 does not keep out are there in numbers.
    const long = [...commonPasswords].filter((entry) => entry.length >= passwordMinLength);
    expect(long.length).toBeGreaterThan(400);
  });

  it("is the client-safe newPassword schema (without the e-mail rule) and the server check", () => {
    expect(newPassword.safeParse(good).success).toBe(true);
    const short = newPassword.safeParse("short");
    expect(short.error?.issues.map((issue) => issue.message)).toEqual([
      "must be at least 10 characters",
    ]);
    expect(newPassword.safeParse("iloveyou123").success).toBe(false);
    expect(newPassword.safeParse("nul\u0000character").success).toBe(false);

    const refusal = (() => {
      try {
        assertPasswordPolicy("ada@example.test", {
          email: "ada@example.test",
          field: "new_password",
        });
      } catch (error) {
        return error as AppError;
      }
      throw new Error("expected VALIDATION_FAILED");
    })();
    expect(refusal).toMatchObject({
      appCode: "VALIDATION_FAILED",
      details: [{ path: "new_password" }],
    });
    expect(refusal.message).toMatch(/e-mail address/);
  });

  it("leaves typed passwords alone (they may predate the policy) but bounds them", () => {
    expect(signInInput.safeParse({ email: "a@example.test", password: "short" }).success).toBe(
      true,
    );
    expect(signInInput.safeParse({ email: "a@example.test", password: "" }).success).toBe(false);
    expect(
      signInInput.safeParse({ email: "a@example.test", password: "x".repeat(1025) }).success,
    ).toBe(false);
    expect(
      changePasswordInput.safeParse({ current_password: "old", new_password: "password1" }).success,
    ).toBe(false);
    expect(resetPasswordInput.safeParse({ token: "t", new_password: good, extra: 1 }).success).toBe(
      false,
    );
  });
});

describe("hashPassword and verifyPassword", () => {
  it("hash with argon2id at 19 MiB, 2 passes, 1 lane, salted", async () => {
    const first = await hashPassword(good);
    const second = await hashPassword(good);
    expect(first).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
    expect(second).not.toBe(first);
    expect(first).not.toContain(good);
    expect(await verifyPassword(first, good)).toBe(true);
    expect(await verifyPassword(second, good)).toBe(true);
  });

  it("say no to a wrong password, a missing or malformed hash, and an oversized input", async () => {
    const stored = await hashPassword(good);
    expect(await verifyPassword(stored, "correct horse battery stapler")).toBe(false);
    expect(await verifyPassword(stored, good.toUpperCase())).toBe(false);
    expect(await verifyPassword(null, good)).toBe(false);
    expect(await verifyPassword(undefined, good)).toBe(false);
    expect(await verifyPassword("", good)).toBe(false);
    expect(await verifyPassword("$test$0123456789abcdef", good)).toBe(false);
    const huge = "y".repeat(5000);
    expect(await verifyPassword(await hashPassword("y".repeat(128)), huge)).toBe(false);
  });
});

describe("setPassword and setPasswordHash", () => {
  const credentialOf = (userId: string) =>
    db.userCredential.findUniqueOrThrow({ where: { user_id: userId } });

  it("create the credential, or replace it with a clean slate, storing only a hash", async () => {
    const user = await createUser(db);
    await db.$transaction((tx) => setPassword(tx, user.id, good, { mustChange: true }));
    const created = await credentialOf(user.id);
    expect(created).toMatchObject({ must_change_password: true, failed_attempts: 0 });
    expect(await verifyPassword(created.password_hash, good)).toBe(true);
    expect(JSON.stringify(created)).not.toContain(good);

    await db.userCredential.update({
      where: { user_id: user.id },
      data: { failed_attempts: 4, locked_until: new Date(Date.now() + 60_000) },
    });
    const later = new Date(Date.now() + 1000);
    await db.$transaction((tx) =>
      setPassword(tx, user.id, "another fine passphrase", { mustChange: false, now: later }),
    );
    const replaced = await credentialOf(user.id);
    expect(replaced).toMatchObject({
      must_change_password: false,
      failed_attempts: 0,
      locked_until: null,
      password_changed_at: later,
    });
    expect(await verifyPassword(replaced.password_hash, good)).toBe(false);
    expect(await verifyPassword(replaced.password_hash, "another fine passphrase")).toBe(true);
  });

  it("check the policy, with the user's own address, naming the caller's field", async () => {
    const user = await createUser(db, { email: "grace.hopper@example.test" });
    await createCredential(db, { user_id: user.id });
    const before = await credentialOf(user.id);
    for (const [password, field] of [
      ["Grace.Hopper", undefined],
      ["short", "new_password"],
      ["qwerty123456", undefined],
    ] as const) {
      const error = await db
        .$transaction((tx) =>
          setPassword(tx, user.id, password, {
            mustChange: false,
            ...(field ? { field } : {}),
          }),
        )
        .catch((caught: unknown) => caught as AppError);
      expect(error).toMatchObject({
        appCode: "VALIDATION_FAILED",
        details: [{ path: field ?? "password" }],
      });
    }
    expect(await credentialOf(user.id)).toEqual(before);
  });

  it("end the user's unused reset links and their failed-password limit", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const link = (userId: string, used_at: Date | null = null) =>
      db.passwordResetToken.create({
        data: {
          user_id: userId,
          token_hash: sha256Hex(crypto.randomUUID()),
          expires_at: new Date(Date.now() + 3_600_000),
          used_at,
        },
      });
    const open = await link(user.id);
    const usedAt = new Date("2025-01-01T00:00:00Z");
    const spent = await link(user.id, usedAt);
    const othersLink = await link(other.id);
    for (let i = 0; i < 5; i++) {
      await consumeRateLimit(db, accountBucket(user.email), { limit: 5, windowMs: 900_000 });
    }

    await db.$transaction((tx) => setPassword(tx, user.id, good, { mustChange: false }));
    const read = (id: string) => db.passwordResetToken.findUniqueOrThrow({ where: { id } });
    expect((await read(open.id)).used_at).not.toBeNull();
    expect((await read(spent.id)).used_at).toEqual(usedAt);
    expect((await read(othersLink.id)).used_at).toBeNull();
    expect(
      await db.rateLimitBucket.findUnique({ where: { key: accountBucket(user.email) } }),
    ).toBeNull();
  });

  it("store a hash made elsewhere (an invitation's temporary password) as it is", async () => {
    const user = await createUser(db);
    const temporary = await hashPassword("temporary-pass-1");
    await db.$transaction((tx) => setPasswordHash(tx, user.id, temporary, { mustChange: true }));
    const stored = await credentialOf(user.id);
    expect(stored).toMatchObject({ password_hash: temporary, must_change_password: true });
    expect(await verifyPassword(stored.password_hash, "temporary-pass-1")).toBe(true);
  });

  it("refuse an unknown user", async () => {
    await expect(
      db.$transaction((tx) => setPassword(tx, crypto.randomUUID(), good, { mustChange: false })),
    ).rejects.toThrow();
  });
});
