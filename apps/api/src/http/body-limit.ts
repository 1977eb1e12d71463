import { AppError } from "@ums/api";
import { bodyLimit as honoBodyLimit } from "hono/body-limit";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";

import type { AppEnv } from "./env";
import { mediaType } from "./request-body";

export interface BodyLimitOptions {
  /** the largest JSON (or any non-multipart) body, in bytes */
  jsonBytes: number;
  /** the largest multipart/form-data body, in bytes */
  multipartBytes: number;
  /** larger multipart limits for the upload routes that need them, by exact path */
  multipartBytesByPath?: Readonly<Record<string, number>>;
}

/**
 * Body size limits: multipart/form-data bodies up to `multipartBytes`, every other body up to
 * `jsonBytes`; above them 413 PAYLOAD_TOO_LARGE with the standard body. A Content-Length over the
 * limit is refused before reading; a body without one (chunked, streamed) is counted while it is
 * read and refused as soon as it passes the limit, so nothing larger is ever buffered.
 */
export function bodyLimit({
  jsonBytes,
  multipartBytes,
  multipartBytesByPath = {},
}: BodyLimitOptions) {
  const limiter = (maxSize: number, what: string) =>
    honoBodyLimit({
      maxSize,
      onError: () => {
        throw new AppError(
          "PAYLOAD_TOO_LARGE",
          `The request body is too large: ${what} bodies may be up to ${formatBytes(maxSize)}`,
        );
      },
    });
  const json = limiter(jsonBytes, "JSON");
  const multipart = limiter(multipartBytes, "multipart");
  const byPath = new Map(
    Object.entries(multipartBytesByPath).map(([path, bytes]) => [path, limiter(bytes, "upload")]),
  );
  return createMiddleware<AppEnv>((c, next) => {
    if (!hasBody(c)) return next();
    return mediaType(c) === "multipart/form-data"
      ? (byPath.get(c.req.path) ?? multipart)(c, next)
      : json(c, next);
  });
}

/**
 * Whether the request has a body at all: in HTTP/1.1 only one with a Content-Length or a
 * Transfer-Encoding does. Hono's limiter finds out by asking for the body stream, which builds a
 * full web `Request` from @hono/node-server's lightweight one: for every GET, work for nothing.
 */
function hasBody(c: Context<AppEnv>): boolean {
  const length = c.req.header("content-length");
  return (
    c.req.header("transfer-encoding") !== undefined || (length !== undefined && length !== "0")
  );
}

function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}
