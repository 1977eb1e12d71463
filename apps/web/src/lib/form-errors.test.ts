import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { failureOf, fieldErrorsOf, sentence } from "./form-errors";

/** A tRPC failure as the client receives it from our error formatter. */
function serverError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

describe("sentence", () => {
  it("capitalises and ends a message with a full stop, once", () => {
    expect(sentence("must be at least 10 characters")).toBe("Must be at least 10 characters.");
    expect(sentence("Already done!")).toBe("Already done!");
    expect(sentence("  ")).toBe("");
  });
});

describe("fieldErrorsOf", () => {
  it("keeps the first message per field path", () => {
    const schema = z.object({
      name: z.string().min(2).max(1),
      profile: z.object({ city: z.string() }),
    });
    const { error } = schema.safeParse({ name: "abc", profile: { city: 1 } });
    if (error === undefined) throw new Error("the input should have been refused");
    const fields = fieldErrorsOf(error);
    expect(Object.keys(fields).sort()).toEqual(["name", "profile.city"]);
    expect(fields.name).toMatch(/^Too big.*\.$/);
  });
});

describe("failureOf", () => {
  it("puts the server's details next to the fields the form has, the rest on top", () => {
    const error = serverError("Validation failed", {
      appCode: "VALIDATION_FAILED",
      details: [
        { path: "profile.website_url", message: "must be an http(s) URL" },
        { path: "token", message: "is no longer valid" },
      ],
    });
    expect(failureOf(error, ["profile.website_url"])).toEqual({
      message: "Validation failed.",
      fields: { "profile.website_url": "Must be an http(s) URL." },
      code: "VALIDATION_FAILED",
      otherPaths: ["token"],
    });
  });

  it("shows no message on top when every problem sits next to its field", () => {
    const error = serverError("Conflict", {
      appCode: "CONFLICT",
      details: [{ path: "username", message: "is taken" }],
    });
    expect(failureOf(error, ["username"])).toMatchObject({
      message: null,
      fields: { username: "Is taken." },
    });
  });

  it("says how long to wait when rate-limited, and never shows an internal message", () => {
    expect(
      failureOf(
        serverError("Too many attempts", { appCode: "RATE_LIMITED", retryAfterSeconds: 90 }),
        [],
      ).message,
    ).toBe("Too many attempts. Try again in 2 minutes.");
    expect(
      failureOf(serverError("pg: relation missing", { appCode: "INTERNAL" }), []).message,
    ).toBe("Something went wrong on our side. Try again in a moment.");
    expect(failureOf(new Error("offline"), []).message).toMatch(/connection/);
  });
});
