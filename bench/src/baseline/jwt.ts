import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The subject of an HS256 bearer JWT signed with `secret`, or undefined. Checks the signature and
 * expiry only (the API also checks issuer and audience when configured, and the user's status).
 */
export function verifiedSubject(header: string | undefined, secret: string): string | undefined {
  if (header?.startsWith("Bearer ") !== true) return undefined;
  const [head, body, signature] = header.slice(7).split(".");
  if (head === undefined || body === undefined || signature === undefined) return undefined;
  const expected = createHmac("sha256", secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as {
    sub?: unknown;
    exp?: unknown;
  };
  if (typeof claims.exp !== "number" || claims.exp * 1000 < Date.now()) return undefined;
  return typeof claims.sub === "string" ? claims.sub : undefined;
}
