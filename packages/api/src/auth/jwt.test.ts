import { SignJWT } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";

import { testSettings } from "../testing";
import { verifyPlatformJwt, type JwtSettings } from "./jwt";

const secret = new TextEncoder().encode(testSettings.AUTH_JWT_SECRET);

const tokenFor = (subject: string, expiresAtSeconds: number, issuer?: string) => {
  let builder = new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(expiresAtSeconds);
  if (issuer !== undefined) builder = builder.setIssuer(issuer);
  return builder.sign(secret);
};

const message = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => (error as Error).message,
  );

afterEach(() => {
  vi.useRealTimers();
});

describe("verifyPlatformJwt's cache of verified tokens", () => {
  it("answers a token again without a new verdict until it expires, then refuses it", async () => {
    const settings: JwtSettings = { ...testSettings };
    const now = Date.now();
    const token = await tokenFor("user-a", Math.floor(now / 1000) + 60);

    const first = await verifyPlatformJwt(token, settings);
    expect(first.subject).toBe("user-a");
    expect(await verifyPlatformJwt(token, settings)).toEqual(first);

    vi.useFakeTimers({ now: now + 61_000, toFake: ["Date"] });
    expect(await message(verifyPlatformJwt(token, settings))).toBe(
      "Invalid bearer token: the token has expired",
    );
  });

  it("keeps each settings' verdicts apart: a token accepted under one issuer rule is judged anew", async () => {
    const token = await tokenFor("user-b", Math.floor(Date.now() / 1000) + 60, "someone-else");
    const lenient: JwtSettings = { ...testSettings, AUTH_JWT_ISSUER: undefined };
    const strict: JwtSettings = { ...testSettings, AUTH_JWT_ISSUER: "https://auth.example" };

    expect((await verifyPlatformJwt(token, lenient)).subject).toBe("user-b");
    expect(await message(verifyPlatformJwt(token, strict))).toBe(
      'Invalid bearer token: the token\'s "iss" claim is not accepted',
    );
  });

  it("never caches a refusal: a bad signature stays refused, a good token is then accepted", async () => {
    const settings: JwtSettings = { ...testSettings };
    const token = await tokenFor("user-c", Math.floor(Date.now() / 1000) + 60);
    const forged = `${token.slice(0, -4)}AAAA`;
    expect(await message(verifyPlatformJwt(forged, settings))).toBe(
      "Invalid bearer token: the token's signature is not valid",
    );
    expect(await message(verifyPlatformJwt(forged, settings))).toBe(
      "Invalid bearer token: the token's signature is not valid",
    );
    expect((await verifyPlatformJwt(token, settings)).subject).toBe("user-c");
  });
});
