import { TRPCError } from "@trpc/server";

import { errorCodes, type AppErrorCode } from "./error-codes";

/** One problem with one field of the input: `path` is dotted, e.g. "profile.phone_number". */
export interface ErrorDetail {
  path: string;
  message: string;
}

export interface AppErrorOptions {
  details?: ErrorDetail[];
  cause?: unknown;
  /** RATE_LIMITED, SERVICE_UNAVAILABLE: how long the caller should wait (sent as Retry-After) */
  retryAfterMs?: number;
}

/**
 * The service's only error type. Services throw it; the tRPC error formatter and the REST layer
 * turn it into the body `{ error: { code, message, details } }` with the status of `errorCodes`.
 * It is a TRPCError so that tRPC keeps it as it is.
 */
export class AppError extends TRPCError {
  readonly appCode: AppErrorCode;
  readonly details: ErrorDetail[];
  readonly retryAfterMs: number | undefined;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super({ code: errorCodes[code].trpc, message, cause: options.cause });
    this.name = "AppError";
    this.appCode = code;
    this.details = options.details ?? [];
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Whole seconds, rounded up, as a Retry-After header takes them; undefined when not limited. */
  get retryAfterSeconds(): number | undefined {
    return this.retryAfterMs === undefined
      ? undefined
      : Math.max(Math.ceil(this.retryAfterMs / 1000), 1);
  }

  get httpStatus(): number {
    return errorCodes[this.appCode].http;
  }
}

/** A resource that does not exist, or exists in an organization the caller cannot see. */
export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);

export const forbidden = (message: string) => new AppError("FORBIDDEN", message);

export const conflict = (path: string, message: string) =>
  new AppError("CONFLICT", message, { details: [{ path, message }] });

export const invalid = (path: string, message: string) =>
  new AppError("VALIDATION_FAILED", `${path}: ${message}`, { details: [{ path, message }] });
