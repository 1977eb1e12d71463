import { describe, expect, it } from "vitest";

import { avatarUploadBodyLimit, readAvatarUpload } from "./read-avatar-upload";

/**
 * readAvatarUpload on its own, as the web app's upload route uses it (no body limit in front of
 * it): the form is read the same way as behind the API server, and the limit is its own.
 */

const settings = { MAX_AVATAR_SIZE_MB: 0.01 };
const url = "http://web.test/api/avatar";

const codeOf = (work: Promise<unknown>) =>
  work.then(
    () => "ok",
    (error: unknown) => (error as { appCode?: string }).appCode ?? String(error),
  );

describe("readAvatarUpload", () => {
  it("reads the file and the crop box", async () => {
    const form = new FormData();
    form.set("avatar", new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" }), "a.png");
    for (const [name, value] of Object.entries({
      crop_left: "1",
      crop_top: "2",
      crop_width: "64",
      crop_height: "64",
    })) {
      form.set(name, value);
    }
    const upload = await readAvatarUpload(
      new Request(url, { method: "POST", body: form }),
      settings,
    );
    expect([...upload.bytes]).toEqual([1, 2, 3]);
    expect(upload.crop).toEqual({ left: 1, top: 2, width: 64, height: 64 });
  });

  it("refuses what is not multipart (415), an unknown field and a missing file (400)", async () => {
    const json = new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(await codeOf(readAvatarUpload(json, settings))).toBe("UNSUPPORTED_MEDIA_TYPE");
    const unknown = new FormData();
    unknown.set("avatar", new Blob([new Uint8Array([1])]), "a.png");
    unknown.set("colour", "blue");
    expect(
      await codeOf(readAvatarUpload(new Request(url, { method: "POST", body: unknown }), settings)),
    ).toBe("VALIDATION_FAILED");
    const empty = new FormData();
    empty.set("keep_animation", "true");
    expect(
      await codeOf(readAvatarUpload(new Request(url, { method: "POST", body: empty }), settings)),
    ).toBe("VALIDATION_FAILED");
  });

  it("refuses a streamed body over the limit as soon as it passes it (413)", async () => {
    const limit = avatarUploadBodyLimit(settings);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 16 * 1024;
        controller.enqueue(new Uint8Array(16 * 1024));
      },
    });
    const request = new Request(url, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body,
      duplex: "half",
    });
    expect(await codeOf(readAvatarUpload(request, settings))).toBe("PAYLOAD_TOO_LARGE");
    expect(sent).toBeLessThan(limit + 4 * 16 * 1024);
  });

  it("refuses a declared Content-Length over the limit before reading (413)", async () => {
    const request = new Request(url, {
      method: "POST",
      headers: {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(avatarUploadBodyLimit(settings) + 1),
      },
      body: "--x--",
    });
    expect(await codeOf(readAvatarUpload(request, settings))).toBe("PAYLOAD_TOO_LARGE");
  });
});
