import { uploadedAvatar } from "@ums/api/schemas/profile";
import type { z } from "zod";

import type { CropBox } from "./crop-geometry";

/** The web app's avatar upload route (apps/web/src/app/api/avatar/route.ts). */
export const avatarUploadUrl = "/api/avatar";

export type UploadedAvatar = z.output<typeof uploadedAvatar>;

/** How an upload ended, when it did not succeed. */
export type UploadFailure =
  | { kind: "cancelled" }
  | { kind: "network" }
  /** the server's error body (status, code and message; field problems in `details`) */
  | { kind: "server"; status: number; code: string | null; message: string };

export type UploadResult =
  { ok: true; avatar: UploadedAvatar } | { ok: false; failure: UploadFailure };

export interface AvatarUploadRequest {
  file: File;
  crop: CropBox;
  keepAnimation: boolean;
  /** called as the request body goes out: bytes sent of the total */
  onProgress: (sent: number, total: number) => void;
}

/** The standard error body `{ error: { code, message } }`, read loosely (it may not be JSON). */
function failureOf(status: number, text: string): UploadFailure {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    const code = typeof body.error?.code === "string" ? body.error.code : null;
    const message = typeof body.error?.message === "string" ? body.error.message : "";
    return { kind: "server", status, code, message };
  } catch {
    return { kind: "server", status, code: null, message: "" };
  }
}

/**
 * Sends the picture and its crop box with XMLHttpRequest, whose upload events (unlike fetch's)
 * report how much of the body has gone out, for the progress bar. `cancel` aborts it.
 */
export function startAvatarUpload(request: AvatarUploadRequest): {
  done: Promise<UploadResult>;
  cancel: () => void;
} {
  const xhr = new XMLHttpRequest();
  const form = new FormData();
  form.set("avatar", request.file);
  form.set("crop_left", String(request.crop.left));
  form.set("crop_top", String(request.crop.top));
  form.set("crop_width", String(request.crop.size));
  form.set("crop_height", String(request.crop.size));
  if (request.keepAnimation) form.set("keep_animation", "true");

  const done = new Promise<UploadResult>((resolve) => {
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) request.onProgress(event.loaded, event.total);
    });
    xhr.addEventListener("load", () => {
      if (xhr.status !== 200) {
        resolve({ ok: false, failure: failureOf(xhr.status, xhr.responseText) });
        return;
      }
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // reported below as an unreadable answer
      }
      const parsed = uploadedAvatar.safeParse(body);
      resolve(
        parsed.success
          ? { ok: true, avatar: parsed.data }
          : { ok: false, failure: { kind: "server", status: 200, code: null, message: "" } },
      );
    });
    xhr.addEventListener("error", () => {
      resolve({ ok: false, failure: { kind: "network" } });
    });
    xhr.addEventListener("abort", () => {
      resolve({ ok: false, failure: { kind: "cancelled" } });
    });
  });
  xhr.open("POST", avatarUploadUrl);
  xhr.send(form);
  return {
    done,
    cancel: () => {
      xhr.abort();
    },
  };
}
