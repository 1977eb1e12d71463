/**
 * Recognising an avatar upload's format from its bytes, and the allowed formats
 * (ALLOWED_AVATAR_FORMATS) in words and media types. Client-safe: the avatar service checks
 * uploads with it, and the web app's file picker checks a chosen file the same way before
 * sending it.
 */

/** The image formats an avatar upload can be, as recognised from its bytes. */
export type ImageFormat = "jpeg" | "png" | "gif" | "webp" | "avif";

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

const avifBrands = new Set(["avif", "avis"]);

/**
 * An ISO-BMFF file whose leading `ftyp` box names an AVIF brand (image `avif` or sequence `avis`),
 * as its major brand or among its compatible brands (files with major brand `mif1` list it there).
 */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxSize = Math.min(view.getUint32(0), bytes.length);
  if (boxSize < 16) return false;
  if (avifBrands.has(ascii(bytes, 8, 12))) return true;
  // bytes 12..16 are the minor version; the compatible brands follow, four bytes each
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) {
    if (avifBrands.has(ascii(bytes, offset, offset + 4))) return true;
  }
  return false;
}

/**
 * What an upload is, from its leading bytes only (never its name or declared type).
 * `undefined` when it is none of the formats an avatar may be.
 */
export function detectImageFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (bytes.length >= 6) {
    const signature = ascii(bytes, 0, 6);
    if (signature === "GIF87a" || signature === "GIF89a") return "gif";
  }
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") {
    return "webp";
  }
  if (isAvif(bytes)) return "avif";
  return undefined;
}

/** The names ALLOWED_AVATAR_FORMATS may list, and the format each stands for. */
const formatOfName: Readonly<Record<string, ImageFormat>> = {
  jpg: "jpeg",
  jpeg: "jpeg",
  png: "png",
  gif: "gif",
  webp: "webp",
  avif: "avif",
};

/** Whether a detected format is among the allowed names (`jpg` and `jpeg` both mean JPEG). */
export function formatAllowed(format: ImageFormat, allowed: readonly string[]): boolean {
  return allowed.some((name) => formatOfName[name.trim().toLowerCase()] === format);
}

const labelOfFormat: Readonly<Record<ImageFormat, string>> = {
  jpeg: "JPEG",
  png: "PNG",
  gif: "GIF",
  webp: "WebP",
  avif: "AVIF",
};

const mediaTypeOfFormat: Readonly<Record<ImageFormat, string>> = {
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
};

/** The media types of the allowed formats, e.g. for a file input's `accept` (unknown names are left out). */
export function allowedMediaTypes(allowed: readonly string[]): string[] {
  return [
    ...new Set(
      allowed.flatMap((name) => {
        const format = formatOfName[name.trim().toLowerCase()];
        return format ? [mediaTypeOfFormat[format]] : [];
      }),
    ),
  ];
}

/** "JPEG", "PNG" … as people know them. */
export const formatLabel = (format: ImageFormat) => labelOfFormat[format];

/** The allowed formats for a message, e.g. "JPEG, PNG or GIF" (unknown names are left out). */
export function describeFormats(allowed: readonly string[]): string {
  const labels = [
    ...new Set(
      allowed.flatMap((name) => {
        const format = formatOfName[name.trim().toLowerCase()];
        return format ? [labelOfFormat[format]] : [];
      }),
    ),
  ];
  if (labels.length === 0) return "no format";
  if (labels.length === 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} or ${labels.at(-1) ?? ""}`;
}
