import type { UserActor } from "../../auth/actor";
import { AppError } from "../../errors";
import { logActivity } from "../activity/log-activity";
import { ensureUserDetails } from "../profile/ensure-user-details";
import type { ServiceContext, Tx } from "../service-context";
import { lockUserRow } from "../users/lock-user-row";
import { avatarKey, newAvatarVersion } from "./avatar-file-key";
import { processAvatar, type ProcessAvatarOptions } from "./process-avatar";
import type { StoredAvatarFile } from "./storage/avatar-storage";

export interface AvatarUpload {
  /** the uploaded bytes, whatever the file was called or claimed to be */
  bytes: Uint8Array;
  crop?: ProcessAvatarOptions["crop"];
  keepAnimation?: boolean;
}

/** Test seam: runs after the new files are stored and before the profile points at them. */
export interface ReplaceAvatarHooks {
  afterFilesStored?: () => Promise<void>;
}

/**
 * `POST /users/upload-avatar`: checks the size (MAX_AVATAR_SIZE_MB) and processes the image
 * (processAvatar), whichever door it came through, then replaces the
 * caller's avatar without ever leaving it broken:
 * 1. the new files are written under new keys (content hash + random part: nothing existing is
 *    ever overwritten, and no key is ever reused);
 * 2. one transaction records them, points `profile.avatar_url` at the largest WebP and logs
 *    AVATAR_UPLOADED;
 * 3. only then are the previous files removed.
 * A failure before the switch removes the new files again (the old avatar stays as it was); a
 * failure removing old files after it leaves the new avatar in place and is only logged.
 */
export async function replaceAvatar(
  ctx: ServiceContext<UserActor>,
  upload: AvatarUpload,
  hooks: ReplaceAvatarHooks = {},
) {
  const userId = ctx.actor.userId;
  const maxMb = ctx.settings.MAX_AVATAR_SIZE_MB;
  if (upload.bytes.byteLength > maxMb * 1024 * 1024) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `The image is too large: avatars may be up to ${maxMb} MB`,
    );
  }
  const processed = await processAvatar(upload.bytes, {
    allowedFormats: ctx.settings.ALLOWED_AVATAR_FORMATS,
    crop: upload.crop,
    keepAnimation: upload.keepAnimation,
  });
  const version = newAvatarVersion(processed.hash);
  const files = processed.files.map((file) => ({
    key: avatarKey(userId, version, file.size, file.format),
    body: file.body,
    contentType: file.contentType,
    size: file.size,
    format: file.format,
  }));
  const storage = ctx.avatarStorage;
  const stored = await storage.put(files);
  const urlOf = new Map(stored.map((file) => [file.key, file.url]));

  let previousKeys: string[];
  try {
    await hooks.afterFilesStored?.();
    previousKeys = await ctx.db.$transaction(async (tx) => {
      await lockUserRow(tx, userId);
      const previous = await tx.avatarFile.findMany({
        where: { user_id: userId },
        select: { key: true },
      });
      await tx.avatarFile.deleteMany({ where: { user_id: userId } });
      await tx.avatarFile.createMany({
        data: files.map((file) => ({
          key: file.key,
          user_id: userId,
          driver: storage.driver,
          size: file.size,
          format: file.format,
          url: urlOf.get(file.key) ?? "",
          bytes: file.body.byteLength,
        })),
      });
      const primary = primaryFile(files, stored);
      await setAvatarUrl(tx, userId, primary.url);
      await logActivity(tx, ctx, {
        userId,
        type: "AVATAR_UPLOADED",
        data: {
          hash: processed.hash,
          source_format: processed.sourceFormat,
          animated: processed.animated,
          sizes: [...new Set(files.map((file) => file.size))],
          bytes: files.reduce((total, file) => total + file.body.byteLength, 0),
        },
      });
      return previous.map((file) => file.key);
    });
  } catch (error) {
    // The switch did not happen: the old avatar is still the current one; drop the new files.
    await removeQuietly(
      ctx,
      files.map((file) => file.key),
    );
    throw error;
  }

  await removeQuietly(ctx, previousKeys);
  return {
    avatar_url: primaryFile(files, stored).url,
    files: files.map((file) => ({
      size: file.size,
      format: file.format,
      url: urlOf.get(file.key) ?? "",
      bytes: file.body.byteLength,
    })),
  };
}

/** The file avatar_url points at: the largest WebP (the modern format every browser reads). */
function primaryFile(
  files: readonly { key: string; size: number; format: string }[],
  stored: readonly StoredAvatarFile[],
): StoredAvatarFile {
  const largest = Math.max(...files.map((file) => file.size));
  const key =
    files.find((file) => file.size === largest && file.format === "webp")?.key ??
    files.find((file) => file.size === largest)?.key;
  const found = stored.find((file) => file.key === key);
  if (found === undefined) throw new Error("The processed avatar has no file to point at");
  return found;
}

export async function setAvatarUrl(tx: Tx, userId: string, url: string | null): Promise<void> {
  const updated = await tx.userProfile.updateMany({
    where: { user_id: userId },
    data: { avatar_url: url },
  });
  if (updated.count === 0) {
    // An older or imported account without a profile row: create it, then set the URL.
    await ensureUserDetails(tx, userId, { profile: false, preferences: true, stats: true });
    await tx.userProfile.update({ where: { user_id: userId }, data: { avatar_url: url } });
  }
}

/** Old files are garbage once nothing points at them; failing to delete them is not the caller's problem. */
export async function removeQuietly(ctx: ServiceContext, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  try {
    await ctx.avatarStorage.remove(keys);
  } catch (error) {
    console.error(`Could not remove ${keys.length} replaced avatar file(s):`, error);
  }
}
