import "server-only";

import { loadUserActor, type UserActor } from "@ums/api";
import type { FontSize } from "@ums/db/enums";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";

import { database } from "../db";
import { authOptions } from "./options";

/** The signed-in person as this request sees them. */
export interface CurrentUser {
  actor: UserActor;
  email: string;
  firstName: string;
  lastName: string;
  /** their picture (the largest WebP), or null: the header shows it */
  avatarUrl: string | null;
  /** their profile's IANA time zone, in which pages write dates and times */
  timeZone: string;
  /** signed in with a temporary password: it must be changed before anything else */
  mustChangePassword: boolean;
  /** their accessibility preferences, applied to the whole app */
  fontSize: FontSize;
  highContrast: boolean;
  screenReader: boolean;
}

const sessionCookiePattern = /^(?:__Secure-)?next-auth\.session-token(?:\.\d+)?$/;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who is signed in, checked against the database on every request (once per request: React's
 * `cache`): the session's user must still exist and be ACTIVE, must not have been deactivated or
 * suspended since signing in (even if reactivated since), and must not have changed their
 * password since signing in. Anything else is no session, so a deactivated user is signed out at
 * their next request for good, and a password change ends every other session.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // No session cookie (next-auth's name, with the __Secure- prefix over HTTPS): nobody signed in,
  // known without decoding anything.
  const cookieNames = (await cookies()).getAll().map((cookie) => cookie.name);
  if (!cookieNames.some((name) => sessionCookiePattern.test(name))) return null;
  const session = await getServerSession(authOptions());
  if (session === null || !uuidPattern.test(session.userId)) return null;
  const { db } = database();
  if (db === undefined) return null;
  const [actor, user] = await Promise.all([
    loadUserActor(db, session.userId, new Date(session.signedInAt)),
    db.user.findUnique({
      where: { id: session.userId },
      select: {
        email: true,
        first_name: true,
        last_name: true,
        credential: { select: { password_changed_at: true, must_change_password: true } },
        learning_preferences: {
          select: { font_size: true, high_contrast: true, screen_reader: true },
        },
        profile: { select: { avatar_url: true, timezone: true } },
      },
    }),
  ]);
  if (actor === null || user === null) return null;
  const credential = user.credential;
  if (credential !== null && credential.password_changed_at.getTime() > session.signedInAt) {
    return null;
  }
  return {
    actor,
    email: user.email,
    firstName: user.first_name,
    lastName: user.last_name,
    avatarUrl: user.profile?.avatar_url ?? null,
    timeZone: user.profile?.timezone ?? "UTC",
    mustChangePassword: credential?.must_change_password ?? false,
    fontSize: user.learning_preferences?.font_size ?? "MEDIUM",
    highContrast: user.learning_preferences?.high_contrast ?? false,
    screenReader: user.learning_preferences?.screen_reader ?? false,
  };
});

/** The signed-in user as the API's actor, or null (see getCurrentUser). */
export const getCurrentActor = cache(
  async (): Promise<UserActor | null> => (await getCurrentUser())?.actor ?? null,
);
