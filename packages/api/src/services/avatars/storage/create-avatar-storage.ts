import path from "node:path";

import type { Settings } from "@ums/db/settings";

import type { AvatarStorage } from "./avatar-storage";
import { createLocalAvatarStorage } from "./local-avatar-storage";
import { createUploadThingAvatarStorage } from "./uploadthing-avatar-storage";

export type AvatarStorageSettings = Pick<
  Settings,
  "UPLOADTHING_TOKEN" | "AVATAR_STORAGE_BUCKET" | "API_PUBLIC_URL"
>;

/** The folder the local driver writes to: `<dataDir>/<AVATAR_STORAGE_BUCKET>` (also what the serving route reads). */
export function localAvatarDirectory(settings: AvatarStorageSettings, dataDir: string): string {
  return path.join(dataDir, settings.AVATAR_STORAGE_BUCKET);
}

/**
 * The configured avatar storage: UploadThing when UPLOADTHING_TOKEN is set (throws at once if
 * the token is malformed), otherwise the local folder `<dataDir>/<AVATAR_STORAGE_BUCKET>`,
 * served by the API server at `<API_PUBLIC_URL>/<key>` (keys start with `avatars/`).
 */
export function createAvatarStorage(
  settings: AvatarStorageSettings,
  { dataDir }: { dataDir: string },
): AvatarStorage {
  if (settings.UPLOADTHING_TOKEN !== undefined) {
    return createUploadThingAvatarStorage({ token: settings.UPLOADTHING_TOKEN });
  }
  return createLocalAvatarStorage({
    directory: localAvatarDirectory(settings, dataDir),
    publicBaseUrl: settings.API_PUBLIC_URL.replace(/\/+$/, ""),
  });
}
