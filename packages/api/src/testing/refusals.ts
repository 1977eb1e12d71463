import { expect } from "vitest";

import { AppError, type AppErrorCode } from "../errors";

/** The AppError `promise` rejects with (the test fails if it resolves or throws anything else). */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Expects `promise` to be refused with `code`, its details naming exactly `path` when given. */
export async function expectRefused(
  promise: Promise<unknown>,
  code: AppErrorCode,
  path?: string,
): Promise<AppError> {
  const error = await failure(promise);
  expect(error.appCode).toBe(code);
  if (path !== undefined) expect(error.details.map((detail) => detail.path)).toEqual([path]);
  return error;
}
