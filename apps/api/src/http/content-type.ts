import { AppError } from "@ums/api";
import { createMiddleware } from "hono/factory";

import type { AppEnv } from "./env";
import { hasBody, mediaType } from "./request-body";

export const acceptedMediaTypes = ["application/json", "multipart/form-data"] as const;

/**
 * Strict content types: a request with a body must send it as JSON or multipart/form-data,
 * otherwise 415 UNSUPPORTED_MEDIA_TYPE. Paths under `exceptPrefixes` (tRPC, which has its own
 * rules) are left alone.
 */
export function requireContentType({ exceptPrefixes = [] }: { exceptPrefixes?: string[] } = {}) {
  const accepted = new Set<string>(acceptedMediaTypes);
  const excepted = (path: string) =>
    exceptPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!hasBody(c) || excepted(c.req.path) || accepted.has(mediaType(c))) return next();
    const given = mediaType(c);
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `Content-Type ${given === "" ? "missing" : `"${given}" is not accepted`}: send application/json (or multipart/form-data for uploads)`,
    );
  });
}
