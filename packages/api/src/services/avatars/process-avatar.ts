import { createHash } from "node:crypto";

import type { Metadata } from "sharp";

import { AppError, invalid } from "../../errors";
import { avatarMinSide } from "../../schemas/profile";
import {
  describeFormats,
  detectImageFormat,
  formatAllowed,
  formatLabel,
  type ImageFormat,
} from "../../rules/detect-image-format";

export interface AvatarCrop {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ProcessAvatarOptions {
  /** settings.ALLOWED_AVATAR_FORMATS: names among jpg, jpeg, png, gif, webp, avif */
  allowedFormats: readonly string[];
  /**
   * In pixels of the upright (EXIF-rotated) image; default: the centred square of its shorter
   * side. Fractions are rounded to whole pixels; a box that is not square is centre-cropped to
   * the square of its shorter side.
   */
  crop?: AvatarCrop;
  /** default false: animated GIF/WebP keep their first frame */
  keepAnimation?: boolean;
  /** default 40_000_000 (decompression-bomb guard); counts every frame when animation is kept */
  maxInputPixels?: number;
  /** default 64 px: the shorter side of the image and of the crop box */
  minSide?: number;
  /** default [512, 256, 128, 64]; each is written exactly size×size */
  sizes?: readonly number[];
}

export type AvatarFileFormat = "webp" | "jpeg" | "gif";

export interface ProcessedAvatarFile {
  /** width and height in pixels (the files are square) */
  size: number;
  format: AvatarFileFormat;
  contentType: string;
  body: Buffer;
}

export interface ProcessedAvatar {
  /** first 16 hex chars of the SHA-256 of the largest primary file: the content address */
  hash: string;
  sourceFormat: ImageFormat;
  /** true only when animation was kept */
  animated: boolean;
  /** per size, largest first: the primary WebP, then its fallback (JPEG, or GIF when animated) */
  files: ProcessedAvatarFile[];
}

export const defaultAvatarSizes: readonly number[] = [512, 256, 128, 64];
export const defaultMaxInputPixels = 40_000_000;
export const defaultMinSide = avatarMinSide;

/** Encoder settings: visually clean at avatar sizes, and fast (see the bench:avatar script). */
const webpOptions = { quality: 82, effort: 4 } as const;
const jpegOptions = { quality: 82, mozjpeg: true } as const;
const gifOptions = { effort: 5 } as const;

const contentTypes: Record<AvatarFileFormat, string> = {
  webp: "image/webp",
  jpeg: "image/jpeg",
  gif: "image/gif",
};

/** The most a size may be: avatars are small, and this keeps the working buffers bounded. */
const maxOutputSide = 2048;

/**
 * Turns an uploaded image into the avatar files: recognised by its content (never its name or
 * declared type), refused when it is not an allowed format (UNSUPPORTED_MEDIA_TYPE), corrupt or
 * truncated, over the pixel limit or smaller than `minSide` (VALIDATION_FAILED on "avatar"), or
 * when the crop box is not inside the image (VALIDATION_FAILED on "crop").
 *
 * The image is decoded once: upright (EXIF orientation applied), cropped, converted to sRGB and
 * resized to the largest size into raw pixels, from which every size and format is encoded.
 * Nothing of the source's metadata (EXIF with GPS, XMP, IPTC, ICC profile) reaches the outputs.
 *
 * Sizes: every file is exactly size×size, whatever the crop; a crop smaller than a size (down to
 * `minSide`) is enlarged, so callers can rely on each size existing with its stated dimensions.
 */
export async function processAvatar(
  input: Uint8Array,
  options: ProcessAvatarOptions,
): Promise<ProcessedAvatar> {
  const sizes = checkedSizes(options.sizes ?? defaultAvatarSizes);
  const maxInputPixels = options.maxInputPixels ?? defaultMaxInputPixels;
  const minSide = options.minSide ?? defaultMinSide;
  if (!Number.isInteger(maxInputPixels) || maxInputPixels < 1) {
    throw new RangeError(`maxInputPixels must be a positive integer, not ${maxInputPixels}`);
  }
  if (!Number.isInteger(minSide) || minSide < 1) {
    throw new RangeError(`minSide must be a positive integer, not ${minSide}`);
  }

  const sourceFormat = detectImageFormat(input);
  if (!sourceFormat || !formatAllowed(sourceFormat, options.allowedFormats)) {
    const accepted = describeFormats(options.allowedFormats);
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      sourceFormat
        ? `${formatLabel(sourceFormat)} images are not accepted as avatars (accepted: ${accepted})`
        : `This file is not an image in an accepted format (accepted: ${accepted})`,
    );
  }

  // The header only: a decompression bomb is refused here, before any pixel is decoded.
  const header = await readHeader(input);
  const frames = header.pages ?? 1;
  const animated =
    options.keepAnimation === true &&
    (sourceFormat === "gif" || sourceFormat === "webp") &&
    frames > 1 &&
    // sharp cannot turn a multi-page image by 90°; such (rare) files keep their first frame
    (header.orientation ?? 1) === 1;
  const framePixels = header.width * header.height;
  const decodedPixels = animated ? framePixels * frames : framePixels;
  if (decodedPixels > maxInputPixels) {
    throw invalid(
      "avatar",
      `is too large: ${header.width}×${header.height} pixels${
        animated ? ` × ${frames} frames` : ""
      } is over the limit of ${formatPixels(maxInputPixels)}`,
    );
  }

  const upright = header.autoOrient;
  if (Math.min(upright.width, upright.height) < minSide) {
    throw invalid(
      "avatar",
      `must be at least ${minSide}×${minSide} pixels (this one is ${upright.width}×${upright.height})`,
    );
  }
  const crop = options.crop && checkedCrop(options.crop, upright, minSide);

  const largest = Math.max(...sizes);
  const base = await decodeBase(input, { animated, crop, largest, maxInputPixels });
  // sharp runs each encode on libuv's thread pool: encoding the sizes together uses every core
  const files = (
    await Promise.all(sizes.map((size) => encodeSize(base, size, animated, header)))
  ).flat();
  const primary = files.find((file) => file.size === largest && file.format === "webp");
  if (!primary) throw new Error("processAvatar: the largest WebP is missing");
  const hash = createHash("sha256").update(primary.body).digest("hex").slice(0, 16);
  return { hash, sourceFormat, animated, files };
}

/**
 * sharp, loaded on the first avatar: libvips adds ~25 MB to a process's memory from the moment
 * it loads, and most processes (the API under load, the worker) never decode an image.
 */
const loadSharp = async () => (await import("sharp")).default;

/** The options every read of untrusted input uses. */
const untrusted = { failOn: "error", sequentialRead: true } as const;

async function readHeader(input: Uint8Array) {
  const sharp = await loadSharp();
  try {
    // No pixel limit here: the caller compares the dimensions itself, to say what the limit is.
    return await sharp(input, { ...untrusted, limitInputPixels: false }).metadata();
  } catch {
    throw invalid("avatar", "could not be read: the image is corrupt or truncated");
  }
}

interface Base {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
  premultiplied: boolean;
  /** set when animated: the height of one frame (`height` counts every frame) */
  pageHeight: number | undefined;
}

/**
 * Decodes the upload once, into the raw sRGB pixels of the largest size: upright, cropped (the
 * client's box, else the centred square of the shorter side by `fit: "cover"`, which also lets
 * JPEG decode at a reduced scale) and resized.
 */
async function decodeBase(
  input: Uint8Array,
  plan: {
    animated: boolean;
    crop: AvatarCrop | undefined;
    largest: number;
    maxInputPixels: number;
  },
): Promise<Base> {
  const sharp = await loadSharp();
  let pipeline = sharp(input, {
    ...untrusted,
    limitInputPixels: plan.maxInputPixels,
    animated: plan.animated,
    autoOrient: true,
  });
  if (plan.crop) pipeline = pipeline.extract(plan.crop);
  pipeline = pipeline
    .resize(plan.largest, plan.largest, { fit: "cover", position: "centre" })
    .toColourspace("srgb")
    .raw({ depth: "uchar" });
  try {
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return {
      data,
      width: info.width,
      height: info.height,
      channels: info.channels,
      premultiplied: info.premultiplied,
      pageHeight: plan.animated ? info.pageHeight : undefined,
    };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw invalid("avatar", `is over the limit of ${formatPixels(plan.maxInputPixels)}`);
    }
    throw invalid("avatar", "could not be decoded: the image is corrupt or truncated");
  }
}

/** The primary WebP of one size and its fallback: JPEG on white, or GIF when animated. */
async function encodeSize(
  base: Base,
  size: number,
  animated: boolean,
  header: Metadata,
): Promise<ProcessedAvatarFile[]> {
  const sharp = await loadSharp();
  const from = () => {
    const image = sharp(base.data, {
      animated,
      raw: {
        width: base.width,
        height: base.height,
        channels: base.channels,
        premultiplied: base.premultiplied,
        ...(base.pageHeight === undefined ? {} : { pageHeight: base.pageHeight }),
      },
    });
    return size === base.width ? image : image.resize(size, size, { fit: "cover" });
  };
  const animation = animated
    ? {
        loop: header.loop ?? 0,
        ...(header.delay === undefined ? {} : { delay: header.delay }),
      }
    : {};
  const [primary, fallback] = await Promise.all([
    from()
      .webp({ ...webpOptions, ...animation })
      .toBuffer(),
    animated
      ? from()
          .gif({ ...gifOptions, ...animation })
          .toBuffer()
      : from().flatten({ background: "#ffffff" }).jpeg(jpegOptions).toBuffer(),
  ]);
  const fallbackFormat: AvatarFileFormat = animated ? "gif" : "jpeg";
  return [
    { size, format: "webp", contentType: contentTypes.webp, body: primary },
    { size, format: fallbackFormat, contentType: contentTypes[fallbackFormat], body: fallback },
  ];
}

function checkedSizes(sizes: readonly number[]): number[] {
  if (sizes.length === 0) throw new RangeError("sizes must list at least one size");
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < 1 || size > maxOutputSide) {
      throw new RangeError(`each size must be a whole number of pixels from 1 to ${maxOutputSide}`);
    }
  }
  return [...new Set(sizes)].sort((a, b) => b - a);
}

/**
 * The client's crop box in whole pixels: finite, inside the upright image, with a positive width
 * and height, and no side shorter than `minSide` (each a VALIDATION_FAILED on "crop").
 */
function checkedCrop(
  crop: AvatarCrop,
  image: { width: number; height: number },
  minSide: number,
): AvatarCrop {
  const values = [crop.left, crop.top, crop.width, crop.height];
  if (!values.every((value) => typeof value === "number" && Number.isFinite(value))) {
    throw invalid("crop", "left, top, width and height must be numbers of pixels");
  }
  const left = Math.round(crop.left);
  const top = Math.round(crop.top);
  const right = Math.round(crop.left + crop.width);
  const bottom = Math.round(crop.top + crop.height);
  if (right - left < 1 || bottom - top < 1) {
    throw invalid("crop", "width and height must be positive");
  }
  if (left < 0 || top < 0 || right > image.width || bottom > image.height) {
    throw invalid(
      "crop",
      `must lie inside the ${image.width}×${image.height} image (the box reaches from ${left},${top} to ${right},${bottom})`,
    );
  }
  if (Math.min(right - left, bottom - top) < minSide) {
    throw invalid(
      "crop",
      `must be at least ${minSide}×${minSide} pixels (this one is ${right - left}×${bottom - top})`,
    );
  }
  return { left, top, width: right - left, height: bottom - top };
}

/** 40000000 → "40 megapixels (40,000,000 pixels)" */
function formatPixels(pixels: number): string {
  const exact = `${pixels.toLocaleString("en-US")} pixels`;
  const megapixels = pixels / 1_000_000;
  return megapixels >= 1 ? `${megapixels.toLocaleString("en-US")} megapixels (${exact})` : exact;
}
