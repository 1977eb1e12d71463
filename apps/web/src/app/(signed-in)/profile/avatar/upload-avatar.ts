import { uploadedAvatar } from "@ums/api/schemas/profile";
import type { z } from "zod";

import { startXhrUpload, type UploadFailure } from "../../../../lib/xhr-upload";
import type { CropBox } from "./crop-geometry";

/** The web app's avatar upload route (apps/web/src/app/api/avatar/route.ts). */
export const avatarUploadUrl = "/api/avatar";

export type UploadedAvatar = z.output<typeof uploadedAvatar>;

export type UploadResult =
  { ok: true; avatar: UploadedAvatar } | { ok: false; failure: UploadFailure };

export interface AvatarUploadRequest {
  file: File;
  crop: CropBox;
  keepAnimation: boolean;
  /** called as the request body goes out: bytes sent of the total */
  onProgress: (sent: number, total: number) => void;
}

/** Sends the picture and its crop box (lib/xhr-upload, for the progress bar); `cancel` aborts it. */
export function startAvatarUpload(request: AvatarUploadRequest): {
  done: Promise<UploadResult>;
  cancel: () => void;
} {
  const form = new FormData();
  form.set("avatar", request.file);
  form.set("crop_left", String(request.crop.left));
  form.set("crop_top", String(request.crop.top));
  form.set("crop_width", String(request.crop.size));
  form.set("crop_height", String(request.crop.size));
  if (request.keepAnimation) form.set("keep_animation", "true");

  const upload = startXhrUpload({ url: avatarUploadUrl, form, onProgress: request.onProgress });
  const done = upload.done.then((result): UploadResult => {
    if (!result.ok) return result;
    const parsed = uploadedAvatar.safeParse(result.body);
    return parsed.success
      ? { ok: true, avatar: parsed.data }
      : {
          ok: false,
          failure: { kind: "server", status: result.status, code: null, message: "", details: [] },
        };
  });
  return { done, cancel: upload.cancel };
}
