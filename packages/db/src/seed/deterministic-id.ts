import { createHash } from "node:crypto";

/**
 * A UUID derived from a name (SHA-256, laid out as a version-8 "custom" UUID), so the demo data has
 * the same ids on every machine and every run: re-seeding finds the rows it made before.
 */
export function deterministicId(...parts: string[]): string {
  const hex = createHash("sha256")
    .update(`ums-demo:${parts.join(":")}`)
    .digest("hex");
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join("-");
}
