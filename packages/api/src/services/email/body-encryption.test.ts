import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { decryptBody, encryptBody, PUBLIC_DEVELOPMENT_OUTBOX_KEY } from "./body-encryption";

const configured = { OUTBOX_ENCRYPTION_KEY: "a-real-outbox-key-of-at-least-32-characters" };
const development = { OUTBOX_ENCRYPTION_KEY: undefined };
const rowId = randomUUID();
const body = JSON.stringify({
  text: "Accept: https://x.test/?token=secret-token",
  html: "<p>é ✓</p>",
});

/** `payload` with one character of part `index` (0: version … 3: ciphertext) changed. */
function alter(payload: string, index: number): string {
  const parts = payload.split(".");
  const part = parts[index] ?? "";
  parts[index] = `${part.slice(0, 3)}${part[3] === "A" ? "B" : "A"}${part.slice(4)}`;
  return parts.join(".");
}

describe("outbox body encryption", () => {
  it("round-trips, with the configured key and with the development key", () => {
    for (const settings of [configured, development]) {
      const payload = encryptBody(settings, body, rowId);
      expect(payload).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
      expect(payload).not.toContain("secret-token");
      expect(decryptBody(settings, payload, rowId)).toBe(body);
    }
  });

  it("uses a random IV: the same body encrypts differently each time", () => {
    const first = encryptBody(configured, body, rowId);
    const second = encryptBody(configured, body, rowId);
    expect(first).not.toBe(second);
    expect(first.split(".")[1]).not.toBe(second.split(".")[1]);
  });

  it("detects any change to the IV, the tag or the ciphertext", () => {
    const payload = encryptBody(configured, body, rowId);
    for (const index of [1, 2, 3]) {
      expect(() => decryptBody(configured, alter(payload, index), rowId)).toThrow(
        /cannot be decrypted|not in a known encrypted format/,
      );
    }
    expect(() => decryptBody(configured, `${payload}AA`, rowId)).toThrow();
  });

  it("refuses a body moved to another row, or read with another key", () => {
    const payload = encryptBody(configured, body, rowId);
    expect(() => decryptBody(configured, payload, randomUUID())).toThrow(/cannot be decrypted/);
    expect(() => decryptBody(development, payload, rowId)).toThrow(/cannot be decrypted/);
    expect(() =>
      decryptBody(
        { OUTBOX_ENCRYPTION_KEY: `${configured.OUTBOX_ENCRYPTION_KEY}!` },
        payload,
        rowId,
      ),
    ).toThrow(/cannot be decrypted/);
  });

  it("refuses unknown formats and versions", () => {
    const payload = encryptBody(configured, body, rowId);
    for (const text of ["", "plain text", payload.replace(/^v1\./, "v2."), payload.slice(3)]) {
      expect(() => decryptBody(configured, text, rowId)).toThrow(/not in a known encrypted format/);
    }
  });

  it("names the development key as public", () => {
    expect(PUBLIC_DEVELOPMENT_OUTBOX_KEY).toMatch(/public/);
    expect(PUBLIC_DEVELOPMENT_OUTBOX_KEY).toMatch(/never-use-in-production/);
  });
});
