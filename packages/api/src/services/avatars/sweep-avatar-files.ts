import type { Db } from "@ums/db";

import type { AvatarStorage } from "./storage/avatar-storage";
import { avatarKeyCreatedAt } from "./avatar-file-key";

/** How old an unreferenced file must be before it counts as abandoned (uploads take seconds). */
export const abandonedAfterMs = 60 * 60 * 1000;

/**
 * Deletes stored avatar files that no `avatar_files` row points at and that were made more than
 * an hour ago: what a process killed between writing and switching left behind (a failure it
 * survives cleans up at once). Files of an upload still in progress are younger, and kept.
 */
export async function sweepAvatarFiles(
  { db, storage }: { db: Db; storage: AvatarStorage },
  now: Date,
): Promise<{ deleted: number }> {
  const stored = await storage.list("avatars/");
  const cutoff = now.getTime() - abandonedAfterMs;
  const candidates = stored.filter((key) => {
    const createdAt = avatarKeyCreatedAt(key);
    return createdAt !== undefined && createdAt.getTime() < cutoff;
  });
  if (candidates.length === 0) return { deleted: 0 };
  const referenced = new Set(
    (
      await db.avatarFile.findMany({ where: { key: { in: candidates } }, select: { key: true } })
    ).map((file) => file.key),
  );
  const abandoned = candidates.filter((key) => !referenced.has(key));
  await storage.remove(abandoned);
  return { deleted: abandoned.length };
}
