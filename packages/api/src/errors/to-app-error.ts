import { TRPCError } from "@trpc/server";
import { Prisma } from "@ums/db";
import { ZodError } from "zod";

import { AppError } from "./app-error";
import { errorCodes, type AppErrorCode } from "./error-codes";

/** Column names in unique-violation targets, turned into the field names callers send. */
const fieldOfColumn: Record<string, string> = {
  email: "email",
  username: "username",
  slug: "slug",
  skill_name: "skill_name",
  invitation_token: "invitation_token",
};

/**
 * Any error → the AppError a caller should see. Input validation failures become
 * VALIDATION_FAILED with a path per problem; unique violations become CONFLICT naming the field;
 * a missing record becomes NOT_FOUND; a transaction refused for want of a database connection
 * becomes SERVICE_UNAVAILABLE with Retry-After; anything unknown becomes INTERNAL (and is a bug).
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return fromZodError(error);
  if (error instanceof TRPCError) {
    // Input that fails its schema is the caller's mistake; output that fails its schema
    // ("Output validation failed", INTERNAL_SERVER_ERROR) is a bug of ours and stays a 500.
    if (error.cause instanceof ZodError) {
      return error.code === "BAD_REQUEST"
        ? fromZodError(error.cause)
        : new AppError("INTERNAL", "Internal server error", { cause: error });
    }
    if (error.cause instanceof AppError) return error.cause;
    if (error.cause && error.code === "INTERNAL_SERVER_ERROR") return toAppError(error.cause);
    return new AppError(appCodeOfTrpc(error.code), error.message, { cause: error });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") {
      const field = uniqueField(error);
      return new AppError("CONFLICT", `This ${field.replaceAll("_", " ")} is already taken`, {
        details: [{ path: field, message: "is already taken" }],
        cause: error,
      });
    }
    if (error.code === "P2025") return new AppError("NOT_FOUND", "Not found", { cause: error });
    // A transaction that could not get a connection in time (every pooled one busy) or outlived
    // its timeout: the service is overloaded, not broken; the caller may retry shortly.
    if (error.code === "P2028") {
      return new AppError(
        "SERVICE_UNAVAILABLE",
        "The service is too busy to complete this request now; retry after the Retry-After delay",
        { retryAfterMs: 1000, cause: error },
      );
    }
  }
  return new AppError("INTERNAL", "Internal server error", { cause: error });
}

export function fromZodError(error: ZodError): AppError {
  const pathOf = (path: PropertyKey[]) => path.map(String).join(".") || "(input)";
  const details = error.issues.flatMap((issue) =>
    // An unknown field is named by its own path, so a caller sees which one to remove.
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          path: pathOf([...issue.path, key]),
          message: "is not a known field",
        }))
      : [{ path: pathOf(issue.path), message: issue.message }],
  );
  const summary = details.map((detail) => `${detail.path}: ${detail.message}`).join("; ");
  return new AppError("VALIDATION_FAILED", `Invalid input: ${summary}`, { details, cause: error });
}

function uniqueField(error: Prisma.PrismaClientKnownRequestError): string {
  // The driver adapter reports the violated columns in meta.target or meta.driverAdapterError.
  const meta = JSON.stringify(error.meta ?? {});
  const columns = Object.keys(fieldOfColumn).filter((column) => meta.includes(column));
  // A composite key names several columns; the last one is the distinguishing field.
  const column = columns.includes("skill_name") ? "skill_name" : columns[0];
  return column === undefined ? "(unique)" : (fieldOfColumn[column] ?? column);
}

function appCodeOfTrpc(code: TRPCError["code"]): AppErrorCode {
  const entry = Object.entries(errorCodes).find(([, value]) => value.trpc === code);
  if (entry) return entry[0] as AppErrorCode;
  return code === "PARSE_ERROR" || code === "METHOD_NOT_SUPPORTED"
    ? "VALIDATION_FAILED"
    : "INTERNAL";
}
