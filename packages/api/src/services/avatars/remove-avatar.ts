import type { UserActor } from "../../auth/actor";
import { logActivity } from "../activity/log-activity";
import type { ServiceContext } from "../service-context";
import { lockUserRow } from "../users/lock-user-row";
import { removeQuietly, setAvatarUrl } from "./replace-avatar";

/**
 * `DELETE /users/profile/avatar`: the caller goes back to no avatar. The profile stops pointing at
 * the files (AVATAR_REMOVED logged) before they are deleted. Removing no avatar changes nothing.
 */
export async function removeAvatar(ctx: ServiceContext<UserActor>) {
  const userId = ctx.actor.userId;
  const removedKeys = await ctx.db.$transaction(async (tx) => {
    await lockUserRow(tx, userId);
    const files = await tx.avatarFile.findMany({
      where: { user_id: userId },
      select: { key: true },
    });
    const profile = await tx.userProfile.findUnique({
      where: { user_id: userId },
      select: { avatar_url: true },
    });
    if (files.length === 0 && (profile?.avatar_url ?? null) === null) return [];
    await tx.avatarFile.deleteMany({ where: { user_id: userId } });
    await setAvatarUrl(tx, userId, null);
    await logActivity(tx, ctx, { userId, type: "AVATAR_REMOVED", data: { files: files.length } });
    return files.map((file) => file.key);
  });
  await removeQuietly(ctx, removedKeys);
  return { avatar_url: null };
}
