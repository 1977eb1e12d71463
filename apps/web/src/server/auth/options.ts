import "server-only";

import { AppError, recordSignIn, verifyCredentials } from "@ums/api";
import { settings } from "@ums/db/settings";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";

import { rateLimitedCode, signInUnavailable } from "../../lib/sign-in-errors";
import { database } from "../db";
import { requestMeta } from "../request-meta";
import { activeUserIdByEmail, oidcProvider, oidcProviderId, verifiedEmailOf } from "./oidc";

/** How long a session lasts after signing in (it is checked against the database on every request). */
const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;

/**
 * The password check behind the "credentials" provider: the API's verifyCredentials, with its
 * sign-in limits. A wrong password (or an unknown or inactive account) is next-auth's usual
 * CredentialsSignin; too many attempts is a code of its own carrying the wait.
 */
async function authorizeWithPassword(
  credentials: Record<"email" | "password", string> | undefined,
  headers: Record<string, string | string[] | undefined> | undefined,
) {
  const email = credentials?.email ?? "";
  const password = credentials?.password ?? "";
  if (email.trim() === "" || password === "") return null;
  const access = database();
  if (access.db === undefined) {
    console.error("Sign-in is unavailable:", access.problem);
    throw new Error(signInUnavailable);
  }
  try {
    const verified = await verifyCredentials(
      { db: access.db },
      { email, password, ...requestMeta(headers ?? {}) },
    );
    return { id: verified.userId };
  } catch (error) {
    if (error instanceof AppError && error.appCode === "UNAUTHENTICATED") return null;
    if (error instanceof AppError && error.appCode === "RATE_LIMITED") {
      throw new Error(rateLimitedCode(error.retryAfterSeconds ?? 60));
    }
    console.error("Sign-in failed unexpectedly:", error);
    throw new Error(signInUnavailable);
  }
}

function buildAuthOptions(): NextAuthOptions {
  const config = settings();
  // next-auth builds its links (callbacks, sign-out) from NEXTAUTH_URL: the app's own URL.
  process.env.NEXTAUTH_URL ??= config.APP_URL;
  if (config.NODE_ENV === "production" && config.NEXTAUTH_SECRET === undefined) {
    // next-auth would answer every request with a 500; say why instead.
    throw new Error(
      "NEXTAUTH_SECRET is required in production: set it to 32 random characters or more",
    );
  }
  const oidc = oidcProvider(config);
  return {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mail and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: (credentials, request) => authorizeWithPassword(credentials, request.headers),
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      /** Single sign-on lets in only an existing ACTIVE account with the same e-mail address. */
      async signIn({ account, profile }) {
        if (account?.provider !== oidcProviderId) return true;
        const email = verifiedEmailOf(profile);
        return email !== null && (await activeUserIdByEmail(email)) !== null;
      },
      /** The token holds only whose session it is and when they signed in. */
      async jwt({ token, user, account, profile, trigger }) {
        // `user` and `account` are there only on signing in; afterwards the token stays as it is.
        if (trigger !== "signIn") return token;
        const userId =
          account?.provider === oidcProviderId
            ? await activeUserIdByEmail(verifiedEmailOf(profile) ?? "")
            : user.id;
        if (userId === null) throw new Error("AccessDenied");
        // A password sign-in was recorded by its check; single sign-on is recorded here, the same way.
        if (account?.provider === oidcProviderId) await recordSingleSignOn(userId);
        return { sub: userId, signed_in_at: Date.now() };
      },
      session({ session, token }) {
        return {
          expires: session.expires,
          userId: token.sub ?? "",
          signedInAt: token.signed_in_at ?? 0,
        };
      },
    },
  };
}

/** last_login and SIGNED_IN for a single sign-on, with the address of the callback's request. */
async function recordSingleSignOn(userId: string): Promise<void> {
  const { db } = database();
  if (db === undefined) throw new Error(signInUnavailable);
  await recordSignIn(db, { userId, method: "single_sign_on", meta: requestMeta(await headers()) });
}

let cached: NextAuthOptions | undefined;

/**
 * next-auth's configuration, built on first use rather than at import: the build imports every
 * route without the production settings.
 */
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}
