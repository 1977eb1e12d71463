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
}

/**
 * The service's only error type. Services throw it; the tRPC error formatter and the REST layer
 * turn it into the body `{ error: { code, message, details } }` with the status of `errorCodes`.
 * It is a TRPCError so that tRPC keeps it as it is.
 */
export class AppError extends TRPCError {
  readonly appCode: AppErrorCode;
  readonly details: ErrorDetail[];

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super({ code: errorCodes[code].trpc, message, cause: options.cause });
    this.name = "AppError";
    this.appCode = code;
    this.details = options.details ?? [];
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
