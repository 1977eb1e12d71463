import type * as argon2 from "@node-rs/argon2";
import { verify } from "@node-rs/argon2";
import type { UserStatus } from "@ums/db";
import { createCredential, createTestDatabase, createUser } from "@ums/db/testing";
import { beforeEach, describe, expect, it, vi } from "vitest";

import type { AppError } from "../../errors";
import { callerAs } from "../../testing";
import { RateLimitedError, rateLimitKey } from "../rate-limit";
import { credentialBuckets } from "./credential-limits";
import { hashPassword } from "./passwords";
import { signInFailedMessage, verifyCredentials, type SignInAttempt } from "./verify-credentials";

// Every call of argon2's verify is counted, to show that each check spends the same work.
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const original = await importOriginal<typeof argon2>();
  return { ...original, verify: vi.fn(original.verify) };
});
const argonVerify = vi.mocked(verify);

const { db } = await createTestDatabase();

const minute = 60_000;
const t0 = new Date("2025-06-15T12:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const password = "correct horse battery staple";
const passwordHash = await hashPassword(password);
const userAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148";

let counter = 0;
/** A client address no other test uses, so each test starts under every limit. */
const newIp = () => `203.0.113.${++counter}`;

/** An ACTIVE user (by default) whose password is `password`. */
async function member(overrides: { status?: UserStatus; must_change_password?: boolean } = {}) {
  const user = await createUser(db, {
    role: "INSTRUCTOR",
    ...(overrides.status ? { status: overrides.status } : {}),
  });
  await createCredential(db, {
    user_id: user.id,
    password_hash: passwordHash,
    must_change_password: overrides.must_change_password ?? false,
  });
  return user;
}

const signIn = (attempt: SignInAttempt, now = t0) => verifyCredentials({ db }, attempt, now);

async function refusal(attempt: SignInAttempt, now = t0): Promise<AppError> {
  return signIn(attempt, now).then(
    () => {
      throw new Error("expected the sign-in to fail");
    },
    (error: unknown) => error as AppError,
  );
}

beforeEach(() => {
  argonVerify.mockClear();
});

describe("verifyCredentials", () => {
  it("signs an ACTIVE user in: who they are, last_login, and SIGNED_IN with where from", async () => {
    const user = await member();
    const ip = newIp();
    const result = await signIn({
      email: `  ${user.email.toUpperCase()} `,
      password,
      ip,
      userAgent,
    });
    expect(result).toEqual({
      userId: user.id,
      organizationId: user.organization_id,
      role: "INSTRUCTOR",
      mustChangePassword: false,
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.last_login).toEqual(t0);
    // A sign-in is not an edit of the user.
    expect(after.updated_at).toEqual(user.updated_at);
    const logged = await db.userActivity.findMany({ where: { user_id: user.id } });
    expect(logged).toEqual([
      expect.objectContaining({
        activity_type: "SIGNED_IN",
        actor_id: null,
        activity_data: { method: "password" },
        ip_address: ip,
        user_agent: userAgent,
        device_type: "mobile",
      }),
    ]);
  });

  it("says when the password is a temporary one that must be replaced", async () => {
    const user = await member({ must_change_password: true });
    expect(await signIn({ email: user.email, password, ip: newIp() })).toMatchObject({
      mustChangePassword: true,
    });
  });

  it("answers every failure the same way, after the same argon2 work, changing nothing", async () => {
    const known = await member();
    const withoutPassword = await createUser(db);
    const inactive = await member({ status: "INACTIVE" });
    const suspended = await member({ status: "SUSPENDED" });
    const pending = await member({ status: "PENDING" });
    const failures: [string, SignInAttempt][] = [
      ["an unknown address", { email: "nobody@example.test", password }],
      ["a wrong password", { email: known.email, password: "correct horse battery stapler" }],
      ["an account without a password", { email: withoutPassword.email, password }],
      ["an INACTIVE account", { email: inactive.email, password }],
      ["a SUSPENDED account", { email: suspended.email, password }],
      ["a PENDING account", { email: pending.email, password }],
      ["an address with a NUL", { email: `${known.email}\u0000`, password }],
      ["an oversized password", { email: known.email, password: "x".repeat(10_000) }],
    ];
    for (const [name, attempt] of failures) {
      argonVerify.mockClear();
      const error = await refusal({ ...attempt, ip: newIp() });
      expect({ name, appCode: error.appCode, message: error.message }).toEqual({
        name,
        appCode: "UNAUTHENTICATED",
        message: signInFailedMessage,
      });
      expect({ name, argon2Verifications: argonVerify.mock.calls.length }).toEqual({
        name,
        argon2Verifications: 1,
      });
    }
    const ids = [known, withoutPassword, inactive, suspended, pending].map((user) => user.id);
    expect(await db.userActivity.count({ where: { user_id: { in: ids } } })).toBe(0);
    expect(await db.user.count({ where: { id: { in: ids }, last_login: { not: null } } })).toBe(0);
  });

  it("is auth.signIn for the other doors, with the caller's address", async () => {
    const user = await member();
    const ip = newIp();
    const anonymous = callerAs(db, null, { ip, userAgent });
    expect(await anonymous.auth.signIn({ email: user.email, password })).toMatchObject({
      user_id: user.id,
    });
    expect(
      await db.userActivity.findFirst({ where: { user_id: user.id, activity_type: "SIGNED_IN" } }),
    ).toMatchObject({ ip_address: ip, device_type: "mobile" });
    await expect(
      anonymous.auth.signIn({ email: user.email, password: "not the password" }),
    ).rejects.toMatchObject({ appCode: "UNAUTHENTICATED", message: signInFailedMessage });
    await expect(
      anonymous.auth.signIn({ email: user.email, password, remember: true } as never),
    ).rejects.toMatchObject({ appCode: "VALIDATION_FAILED", details: [{ path: "remember" }] });
  });
});

describe("verifyCredentials rate limits", () => {
  it("locks an account after 5 wrong passwords for 15 minutes, even against the right one", async () => {
    const user = await member();
    for (let i = 0; i < 5; i++) {
      const error = await refusal({ email: user.email, password: `wrong guess ${i}`, ip: newIp() });
      expect(error.appCode).toBe("UNAUTHENTICATED");
    }
    const credential = await db.userCredential.findUniqueOrThrow({ where: { user_id: user.id } });
    expect(credential).toMatchObject({ failed_attempts: 5, locked_until: at(15 * minute) });

    argonVerify.mockClear();
    const locked = await refusal({ email: user.email, password, ip: newIp() }, at(10 * minute));
    expect(locked).toBeInstanceOf(RateLimitedError);
    expect(locked).toMatchObject({
      appCode: "RATE_LIMITED",
      httpStatus: 429,
      message: "Too many failed password attempts for this account. Try again in 5 minutes.",
      retryAfterMs: 5 * minute,
    });
    // A refused attempt never reaches argon2.
    expect(argonVerify).not.toHaveBeenCalled();

    // Once the window has passed, the right password works, and the slate is clean.
    expect(
      await signIn({ email: user.email, password, ip: newIp() }, at(15 * minute)),
    ).toMatchObject({ userId: user.id });
    expect(
      await db.userCredential.findUniqueOrThrow({ where: { user_id: user.id } }),
    ).toMatchObject({ failed_attempts: 0, locked_until: null });
  });

  it("forgets an account's failures when a sign-in succeeds", async () => {
    const user = await member();
    const ip = newIp();
    for (let i = 0; i < 4; i++) await refusal({ email: user.email, password: "nope nope!", ip });
    await signIn({ email: user.email, password, ip });
    for (let i = 0; i < 5; i++) {
      expect((await refusal({ email: user.email, password: "nope nope!", ip })).appCode).toBe(
        "UNAUTHENTICATED",
      );
    }
    expect((await refusal({ email: user.email, password, ip })).appCode).toBe("RATE_LIMITED");
  });

  it("locks an unknown address the same way, so a lock tells nothing either", async () => {
    const email = `ghost-${++counter}@example.test`;
    for (let i = 0; i < 5; i++) {
      expect((await refusal({ email, password, ip: newIp() })).appCode).toBe("UNAUTHENTICATED");
    }
    expect(await refusal({ email: email.toUpperCase(), password, ip: newIp() })).toMatchObject({
      appCode: "RATE_LIMITED",
      message: "Too many failed password attempts for this account. Try again in 15 minutes.",
    });
  });

  it("stops a client address after 20 wrong passwords in 15 minutes, across accounts", async () => {
    const ip = newIp();
    const victim = await member();
    for (let i = 0; i < 20; i++) {
      const error = await refusal({ email: `spray-${i}-${counter}@example.test`, password, ip });
      expect(error.appCode).toBe("UNAUTHENTICATED");
    }
    const stopped = await refusal({ email: victim.email, password, ip }, at(minute));
    expect(stopped).toMatchObject({
      appCode: "RATE_LIMITED",
      message: "Too many failed password attempts from your network. Try again in 14 minutes.",
      retryAfterMs: 14 * minute,
    });
    // The account itself was not touched by the refused attempt: from elsewhere it signs in.
    expect(await signIn({ email: victim.email, password, ip: newIp() }, at(minute))).toMatchObject({
      userId: victim.id,
    });
    // And the address may try again once its window has passed.
    expect(await signIn({ email: victim.email, password, ip }, at(15 * minute))).toMatchObject({
      userId: victim.id,
    });
  });

  it("does not count successful sign-ins against the address (a classroom behind one NAT)", async () => {
    const ip = newIp();
    const classroom = await Promise.all(Array.from({ length: 8 }, () => member()));
    for (let round = 0; round < 3; round++) {
      for (const student of classroom) {
        expect(await signIn({ email: student.email, password, ip })).toMatchObject({
          userId: student.id,
        });
      }
    }
    // 24 sign-ins, each counted while it ran and given back when it succeeded.
    const bucket = await db.rateLimitBucket.findUnique({
      where: { key: rateLimitKey(credentialBuckets.ip, ip) },
    });
    expect(bucket?.hits).toBe(0);
  });

  it("lets no more than 5 of many simultaneous guesses at one account reach argon2", async () => {
    const user = await member();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 15 }, (_, i) =>
        signIn({ email: user.email, password: `guess number ${i}`, ip: newIp() }),
      ),
    );
    const codes = outcomes.map((outcome) =>
      outcome.status === "rejected" ? (outcome.reason as AppError).appCode : "SIGNED_IN",
    );
    expect(codes.filter((code) => code === "UNAUTHENTICATED")).toHaveLength(5);
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(10);
    expect(argonVerify).toHaveBeenCalledTimes(5);
    expect(
      (await db.userCredential.findUniqueOrThrow({ where: { user_id: user.id } })).failed_attempts,
    ).toBe(5);
  });

  it("applies only the account limit when the caller's address is unknown", async () => {
    const user = await member();
    for (let i = 0; i < 5; i++)
      await refusal({ email: user.email, password: "wrong again", ip: null });
    expect((await refusal({ email: user.email, password })).appCode).toBe("RATE_LIMITED");
  });
});
