import type { UserActor } from "../../auth/actor";
import type { ProfileFieldsInput, UpdateOwnProfileInput } from "../../schemas/profile";
import { logActivity } from "../activity/log-activity";
import type { ServiceContext } from "../service-context";
import { lockUserRow } from "../users/lock-user-row";
import { assertIfMatch } from "../versions/version-tag";
import { changedFields } from "./changed-fields";
import { ensureUserDetails } from "./ensure-user-details";
import { getOwnProfile } from "./get-own-profile";
import { profileVersion, profileVersionSelect } from "./profile-version";

/**
 * `PUT /users/profile`: changes the caller's names and username, profile and learning preferences
 * in one transaction. Partial: omitted fields stay, null clears a nullable field. Each UPDATE sets
 * only the columns sent, so two concurrent updates of different fields both win (last write wins
 * per field, not per row). PROFILE_UPDATED and PREFERENCES_CHANGED record what really changed.
 * With If-Match, the write happens only if nobody changed the profile since the caller read it.
 */
export async function updateOwnProfile(
  ctx: ServiceContext<UserActor>,
  input: UpdateOwnProfileInput,
) {
  const userId = ctx.actor.userId;
  const { profile, learning_preferences: preferences, ...userFields } = input;

  await ctx.db.$transaction(async (tx) => {
    // Writers of one profile take turns, so the If-Match check and the write see the same state.
    await lockUserRow(tx, userId);
    const readBefore = () =>
      tx.user.findUniqueOrThrow({ where: { id: userId }, select: profileVersionSelect });
    let before = await readBefore();
    if (before.profile === null || before.learning_preferences === null) {
      // Older or imported accounts: create the rows with defaults, so changes compare with those.
      await ensureUserDetails(tx, userId, {
        profile: before.profile !== null,
        preferences: before.learning_preferences !== null,
        stats: true,
      });
      before = await readBefore();
    }
    assertIfMatch(ctx.http, profileVersion(before));

    const profileData = profile ? profileColumns(profile) : {};
    const userChanges = changedFields(before, userFields);
    const profileChanges = changedFields(before.profile, profileData);
    const preferenceChanges = changedFields(before.learning_preferences, preferences ?? {});

    if (userChanges.length > 0) {
      await tx.user.update({ where: { id: userId }, data: userFields, select: { id: true } });
    }
    if (profileChanges.length > 0) {
      await tx.userProfile.update({
        where: { user_id: userId },
        data: profileData,
        select: { id: true },
      });
    }
    if (preferences && preferenceChanges.length > 0) {
      await tx.learningPreferences.update({
        where: { user_id: userId },
        data: preferences,
        select: { id: true },
      });
    }

    if (userChanges.length + profileChanges.length > 0) {
      await logActivity(tx, ctx, {
        userId,
        type: "PROFILE_UPDATED",
        data: { fields: [...userChanges, ...profileChanges.map((field) => `profile.${field}`)] },
      });
    }
    if (preferences && preferenceChanges.length > 0) {
      await logActivity(tx, ctx, {
        userId,
        type: "PREFERENCES_CHANGED",
        data: {
          fields: preferenceChanges,
          changes: Object.fromEntries(
            preferenceChanges.map((field) => [
              field,
              {
                from: jsonValue(before.learning_preferences?.[field as keyof typeof preferences]),
                to: jsonValue(preferences[field as keyof typeof preferences]),
              },
            ]),
          ),
        },
      });
    }
  });

  return getOwnProfile(ctx);
}

/** Input values as columns: calendar dates become Date values at midnight UTC. */
function profileColumns(profile: ProfileFieldsInput) {
  const { date_of_birth, ...rest } = profile;
  return {
    ...rest,
    ...(date_of_birth === undefined
      ? {}
      : {
          date_of_birth: date_of_birth === null ? null : new Date(`${date_of_birth}T00:00:00.000Z`),
        }),
  };
}

function jsonValue(value: unknown): string | number | boolean | string[] | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return JSON.stringify(value);
}
