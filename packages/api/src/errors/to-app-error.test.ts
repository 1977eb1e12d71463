import { TRPCError } from "@trpc/server";
import { createPrismaClient } from "@ums/db";
import { createOrganization, createTestDatabase, createUser } from "@ums/db/testing";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { AppError } from "./app-error";
import { errorCodes } from "./error-codes";
import { toAppError } from "./to-app-error";

const { db, url } = await createTestDatabase();

const failureOf = (work: () => Promise<unknown>) =>
  work().then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );

describe("toAppError", () => {
  it("maps a unique violation to CONFLICT naming the field", async () => {
    const organization = await createOrganization(db);
    const user = await createUser(db, { organization_id: organization.id, username: "dupe" });
    const email = toAppError(await failureOf(() => createUser(db, { email: user.email })));
    expect(email).toMatchObject({
      appCode: "CONFLICT",
      httpStatus: 409,
      details: [{ path: "email" }],
    });
    const username = toAppError(await failureOf(() => createUser(db, { username: "dupe" })));
    expect(username.details).toEqual([{ path: "username", message: "is already taken" }]);
    const slug = toAppError(
      await failureOf(() => createOrganization(db, { slug: organization.slug })),
    );
    expect(slug.details[0]?.path).toBe("slug");
  });

  it("maps a transaction that cannot get a connection in time to SERVICE_UNAVAILABLE with Retry-After", async () => {
    const onePool = createPrismaClient(url, { maxConnections: 1 });
    // Resolved by the test: the first transaction holds the only connection until then.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started!: () => void;
    const holding = new Promise<void>((resolve) => {
      started = resolve;
    });
    try {
      const holder = onePool.$transaction(async () => {
        started();
        await held;
      });
      await holding;
      const refused = await failureOf(() =>
        onePool.$transaction(async (tx) => tx.organization.count(), { maxWait: 100 }),
      );
      release();
      await holder;
      expect(toAppError(refused)).toMatchObject({
        appCode: "SERVICE_UNAVAILABLE",
        httpStatus: 503,
        retryAfterSeconds: 1,
      });
    } finally {
      release();
      await onePool.$disconnect();
    }
  });

  it("maps zod failures to VALIDATION_FAILED with a path per problem", () => {
    const result = z
      .object({ a: z.object({ b: z.number() }), c: z.string() })
      .safeParse({ a: { b: "x" } });
    const error = toAppError(result.error);
    expect(error.appCode).toBe("VALIDATION_FAILED");
    expect(error.details.map((detail) => detail.path)).toEqual(["a.b", "c"]);
  });

  it("tells the caller's bad input (400) from our output failing its schema (a bug: 500)", () => {
    const zodError = z.object({ a: z.array(z.string()) }).safeParse({ a: null }).error;
    const input = new TRPCError({ code: "BAD_REQUEST", cause: zodError });
    expect(toAppError(input)).toMatchObject({ appCode: "VALIDATION_FAILED", httpStatus: 400 });
    // What tRPC throws when a procedure's result does not match its .output() schema.
    const output = new TRPCError({
      code: "INTERNAL_SERVER_ERROR",
      message: "Output validation failed",
      cause: zodError,
    });
    expect(toAppError(output)).toMatchObject({
      appCode: "INTERNAL",
      httpStatus: 500,
      message: "Internal server error",
    });
  });

  it("keeps an AppError, and turns anything unknown into INTERNAL without its message", () => {
    const appError = new AppError("FORBIDDEN", "no");
    expect(toAppError(appError)).toBe(appError);
    const internal = toAppError(new Error("database password is hunter2"));
    expect(internal).toMatchObject({
      appCode: "INTERNAL",
      message: "Internal server error",
      httpStatus: 500,
    });
    expect(toAppError(new TRPCError({ code: "NOT_FOUND" })).appCode).toBe("NOT_FOUND");
  });

  it("has one HTTP status per code, as DESIGN.md lists them", () => {
    expect(
      Object.fromEntries(Object.entries(errorCodes).map(([code, entry]) => [code, entry.http])),
    ).toEqual({
      VALIDATION_FAILED: 400,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      PRECONDITION_FAILED: 412,
      PAYLOAD_TOO_LARGE: 413,
      UNSUPPORTED_MEDIA_TYPE: 415,
      RATE_LIMITED: 429,
      INTERNAL: 500,
      NOT_IMPLEMENTED: 501,
      SERVICE_UNAVAILABLE: 503,
    });
  });
});
