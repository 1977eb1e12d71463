import type { AppRouter } from "@ums/api";
import { TRPCClientError } from "@trpc/client";
import type { z } from "zod";

import { waitText } from "./sign-in-errors";

/** Error messages by field name (the input's snake_case path, "profile.phone_number"). */
export type FieldErrors = Partial<Record<string, string>>;

/** What a failed form submission shows: a message for the form, and one per field. */
export interface FormFailure {
  message: string | null;
  fields: FieldErrors;
  /** the server's error code (AppError), when the failure came from the server */
  code?: string | undefined;
  /** the paths the server named that are not fields of the form ("token") */
  otherPaths?: string[];
}

/** "must be at least 10 characters" → "Must be at least 10 characters." */
export function sentence(message: string): string {
  const trimmed = message.trim();
  if (trimmed === "") return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** The first message for each field of a zod failure (as the server would report them). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "(input)";
    fields[path] ??= sentence(issue.message);
  }
  return fields;
}

/**
 * A failed tRPC call as the form shows it: the server's details next to the fields they name
 * (those in `knownFields`), the rest, and the message, at the top of the form.
 */
export function failureOf(error: unknown, knownFields: readonly string[]): FormFailure {
  if (!(error instanceof TRPCClientError)) {
    return { message: "Something went wrong. Check your connection and try again.", fields: {} };
  }
  const data = (error as TRPCClientError<AppRouter>).data;
  const fields: FieldErrors = {};
  const otherPaths: string[] = [];
  for (const detail of data?.details ?? []) {
    if (knownFields.includes(detail.path)) fields[detail.path] ??= sentence(detail.message);
    else otherPaths.push(detail.path);
  }
  const code = data?.appCode;
  if (code === "INTERNAL" || code === undefined) {
    return { message: "Something went wrong on our side. Try again in a moment.", fields, code };
  }
  if (code === "RATE_LIMITED") {
    const wait = waitText(data?.retryAfterSeconds ?? 60);
    return { message: `${sentence(error.message)} Try again in ${wait}.`, fields, code };
  }
  // A failure whose every problem sits next to its field needs no second message on top.
  if (otherPaths.length === 0 && Object.keys(fields).length > 0) {
    return { message: null, fields, code };
  }
  return { message: sentence(error.message), fields, code, otherPaths };
}
