import { localDataDir } from "@ums/db/paths";
import type { Settings } from "@ums/db/settings";

import type { AvatarStorage } from "./avatar-storage";
import { createAvatarStorage } from "./create-avatar-storage";

const bySettings = new WeakMap<Settings, AvatarStorage>();

/**
 * The storage driver the settings choose, made once per settings object (a process has one), so
 * a context per request costs nothing: the local folder under .data/, or UploadThing.
 */
export function defaultAvatarStorage(settings: Settings): AvatarStorage {
  let storage = bySettings.get(settings);
  if (storage === undefined) {
    storage = createAvatarStorage(settings, { dataDir: localDataDir() });
    bySettings.set(settings, storage);
  }
  return storage;
}
