import { describe, expect, it } from "vitest";

import { scrubSecrets } from "./logger";
import { captureLogs } from "./testing";

const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl";
const apiKey = "ums_AbC123_def-456xYz789_QrStUvWx-0123456789ab";

describe("scrubSecrets", () => {
  it.each([
    [`Authorization: Bearer ${jwt}`, "Bearer [REDACTED]"],
    [`key ${apiKey} used`, "key ums_[REDACTED] used"],
    [`token ${jwt} in text`, "token [REDACTED JWT] in text"],
    ["GET /users?token=abc&x=1 failed", "GET /users?[REDACTED] failed"],
    ["login password=hunter2&user=a", "login password=[REDACTED]&user=a"],
  ])("scrubs %j", (text, expected) => {
    expect(scrubSecrets(text)).toContain(expected);
  });

  it("leaves ordinary text alone", () => {
    expect(scrubSecrets("database ums_smoke_http")).toBe("database ums_smoke_http");
    const text = 'Job stats.reconcile: done in 12 ms? yes {"updated":3}';
    expect(scrubSecrets(text)).toBe(text);
  });
});

describe("createLogger", () => {
  it("redacts secret fields at any of the first levels, and secret text anywhere", () => {
    const { logger, text, lines } = captureLogs();
    logger.info(
      {
        password: "hunter2",
        body: { current_password: "old-secret", profile: { token: "tok-1" } },
        headers: { authorization: `Bearer ${jwt}`, cookie: "session=abc", "x-api-key": apiKey },
        temporary_password: "Temp-123",
      },
      `called with ${apiKey}`,
    );
    logger.error({ err: new Error(`could not verify ${jwt} for /x?api_key=zzz`) }, "failed");

    const output = text();
    for (const secret of [
      "hunter2",
      "old-secret",
      "tok-1",
      jwt,
      apiKey,
      "session=abc",
      "Temp-123",
      "zzz",
    ]) {
      expect(output).not.toContain(secret);
    }
    const [first] = lines();
    expect(first).toMatchObject({
      level: "info",
      service: "ums-api",
      password: "[REDACTED]",
      headers: { authorization: "[REDACTED]", cookie: "[REDACTED]", "x-api-key": "[REDACTED]" },
      msg: "called with ums_[REDACTED]",
    });
  });

  it("redacts inside arrays, deep objects, child loggers' fields and errors, and keeps the caller's object", () => {
    const { logger, text } = captureLogs();
    const payload = {
      items: [{ accessToken: "array-secret" }],
      a: { b: { c: { d: { clientSecret: "deep-secret", kept: "visible" } } } },
    };
    logger.child({ session_token: "child-secret" }).info(payload, "nested");
    logger.error({ err: Object.assign(new Error("failed"), { password: "error-secret" }) }, "x");
    const output = text();
    for (const secret of ["array-secret", "deep-secret", "child-secret", "error-secret"]) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain("visible");
    expect(payload.items[0]?.accessToken).toBe("array-secret");
  });

  it("writes nothing when silent, and honours the level", () => {
    const silent = captureLogs("silent");
    silent.logger.error("nothing");
    expect(silent.text()).toBe("");
    const warn = captureLogs("warn");
    warn.logger.info("dropped");
    warn.logger.warn("kept");
    expect(warn.lines().map((line) => line.msg)).toEqual(["kept"]);
  });
});
