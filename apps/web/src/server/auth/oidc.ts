import "server-only";

import type { Settings } from "@ums/db/settings";
import type { Profile } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";

import { database } from "../db";

/** The provider id of single sign-on: its callback is /api/auth/callback/oidc. */
export const oidcProviderId = "oidc";

interface OidcProfile extends Profile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/**
 * A generic OpenID Connect provider from OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET
 * (discovered through the issuer's well-known document), or null when they are not set. It only
 * proves an e-mail address: the signIn callback lets in an existing ACTIVE account with that
 * address and nobody else (no accounts are created here).
 */
export function oidcProvider(config: Settings): OAuthConfig<OidcProfile> | null {
  const {
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: clientId,
    OIDC_CLIENT_SECRET: clientSecret,
  } = config;
  if (issuer === undefined || clientId === undefined || clientSecret === undefined) return null;
  const base = issuer.replace(/\/+$/, "");
  return {
    id: oidcProviderId,
    name: "Single sign-on",
    type: "oauth",
    wellKnown: `${base}/.well-known/openid-configuration`,
    issuer: base,
    clientId,
    clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (profile) => ({
      id: profile.sub,
      email: profile.email ?? null,
      name: profile.name ?? null,
    }),
  };
}

/** The e-mail address an OIDC profile vouches for, lower-cased; null when absent or unverified. */
export function verifiedEmailOf(profile: Profile | undefined): string | null {
  const claims = profile as OidcProfile | undefined;
  const email = claims?.email?.trim().toLowerCase();
  if (email === undefined || email === "" || claims?.email_verified === false) return null;
  return email;
}

/** The id of the ACTIVE user with this e-mail address, or null. */
export async function activeUserIdByEmail(email: string): Promise<string | null> {
  const address = email.trim().toLowerCase();
  const { db } = database();
  if (db === undefined || address === "" || address.length > 254 || address.includes("\u0000")) {
    return null;
  }
  const user = await db.user.findUnique({
    where: { email: address },
    select: { id: true, status: true },
  });
  return user?.status === "ACTIVE" ? user.id : null;
}

/** Whether single sign-on is configured (the sign-in page then offers it). */
export function singleSignOnEnabled(config: Settings): boolean {
  return oidcProvider(config) !== null;
}
