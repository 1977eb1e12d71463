import { multipartEnvelopeBytes } from "@ums/api";
import { describe, expect, it } from "vitest";

import { createTestApp } from "./testing";

const tooLarge = {
  error: { code: "PAYLOAD_TOO_LARGE", message: expect.stringMatching(/too large/) as string },
};

/** A body sent in chunks without Content-Length, as a streaming client sends it. */
function streamed(chunks: number, chunkBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === chunks) {
        controller.close();
        return;
      }
      sent += 1;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
}

describe("body limits", () => {
  // 1 KB of JSON; avatars up to 0.01 MB (10 486 bytes) plus the envelope.
  const app = createTestApp({ MAX_JSON_BODY_KB: "1", MAX_AVATAR_SIZE_MB: "0.01" });
  app.post("/test-only/json", async (c) =>
    c.json({ size: JSON.stringify(await c.req.json()).length }),
  );
  app.post("/test-only/upload", async (c) => {
    const form = await c.req.formData();
    const file = form.get("avatar");
    return c.json({ size: file instanceof File ? file.size : 0 });
  });
  const json = (body: string, headers: Record<string, string> = {}) =>
    app.request("/test-only/json", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Content-Length": String(body.length),
        ...headers,
      },
      body,
    });

  it("passes a JSON body within MAX_JSON_BODY_KB to the route", async () => {
    const body = JSON.stringify({ text: "x".repeat(900) });
    const response = await json(body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ size: body.length });
  });

  it("answers 413 with the standard body when Content-Length is over the limit", async () => {
    const response = await json(JSON.stringify({ text: "x".repeat(1100) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(tooLarge);
  });

  it("limits a streamed body without Content-Length while reading it", async () => {
    let pulled = 0;
    const source = streamed(1000, 256);
    const reader = source.getReader();
    const counting = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else {
          pulled += 1;
          controller.enqueue(value);
        }
      },
    });
    const response = await app.request("/test-only/json", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
      body: counting,
      duplex: "half",
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(tooLarge);
    // Refused once past 1 KB: the other ~250 KB were never read.
    expect(pulled).toBeLessThan(10);
  });

  it("passes a streamed body within the limit", async () => {
    const response = await app.request("/test-only/json", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
      body: new Blob(['{"a":', '"b"}']).stream(),
      duplex: "half",
    });
    expect(response.status).toBe(200);
  });

  describe("multipart", () => {
    const upload = (bytes: number) => {
      const form = new FormData();
      form.set("avatar", new File([new Uint8Array(bytes)], "a.png", { type: "image/png" }));
      const request = new Request("http://api.test/test-only/upload", {
        method: "POST",
        body: form,
      });
      return request.arrayBuffer().then((body) =>
        app.request("/test-only/upload", {
          method: "POST",
          headers: {
            "Content-Type": request.headers.get("content-type") ?? "",
            "Content-Length": String(body.byteLength),
          },
          body,
        }),
      );
    };

    it("allows multipart bodies up to MAX_AVATAR_SIZE_MB, beyond the JSON limit", async () => {
      const response = await upload(10_000);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ size: 10_000 });
    });

    it("answers 413 above MAX_AVATAR_SIZE_MB and its envelope", async () => {
      const response = await upload(Math.ceil(0.01 * 1024 * 1024) + multipartEnvelopeBytes + 1);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual(tooLarge);
    });
  });

  it("limits /trpc bodies as JSON too", async () => {
    const body = JSON.stringify({ "0": { json: "x".repeat(2000) } });
    const response = await app.request("/trpc/profile.update?batch=1", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Content-Length": String(body.length) },
      body,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(tooLarge);
  });
});
