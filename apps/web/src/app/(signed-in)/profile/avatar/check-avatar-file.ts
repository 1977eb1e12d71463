import {
  describeFormats,
  detectImageFormat,
  formatAllowed,
  type ImageFormat,
} from "@ums/api/rules/detect-image-format";

/** The server's avatar limits (settings), as the page hands them to the browser. */
export interface AvatarLimits {
  /** MAX_AVATAR_SIZE_MB */
  maxSizeMb: number;
  /** ALLOWED_AVATAR_FORMATS, e.g. ["jpg", "jpeg", "png", "gif"] */
  allowedFormats: string[];
  /** the shortest side of a picture and of its crop box, in pixels */
  minSide: number;
}

export type FileCheck = { ok: true; format: ImageFormat } | { ok: false; message: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The checks the server makes first, made before anything is sent: the size limit, and the
 * format recognised from the file's first bytes (the same rule as the server's, so a PNG renamed
 * .gif passes and a text file renamed .png does not).
 */
export async function checkAvatarFile(file: File, limits: AvatarLimits): Promise<FileCheck> {
  if (file.size > limits.maxSizeMb * 1024 * 1024) {
    return {
      ok: false,
      message: `This picture is ${megabytes(file.size)}: avatars may be up to ${limits.maxSizeMb} MB.`,
    };
  }
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  const format = detectImageFormat(head);
  if (format === undefined || !formatAllowed(format, limits.allowedFormats)) {
    return {
      ok: false,
      message: `This file is not a picture we can use: choose a ${describeFormats(limits.allowedFormats)} image.`,
    };
  }
  return { ok: true, format };
}

/** The picture's upright size, once the browser has decoded it (it applies EXIF orientation). */
export function tooSmallMessage(
  size: { width: number; height: number },
  limits: AvatarLimits,
): string | null {
  if (Math.min(size.width, size.height) >= limits.minSide) return null;
  return `This picture is ${size.width} × ${size.height} pixels: it must be at least ${limits.minSide} pixels on each side.`;
}
