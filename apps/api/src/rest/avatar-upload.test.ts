import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { createLocalAvatarStorage } from "@ums/api";
import { parseSettings } from "@ums/db/settings";
import { createApiKey, createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createResponseValidator, jwtFor, restTestSettings, startTestServer } from "./testing";

/**
 * `POST /users/upload-avatar` over the running server: a real image goes in, the new avatar_url
 * comes out and serves the image; what is not an allowed image, or too large, is refused.
 */

const { db } = await createTestDatabase();
const validate = createResponseValidator();
const directory = await mkdtemp(path.join(tmpdir(), "ums-avatar-upload-"));
const settings = parseSettings({
  AUTH_JWT_SECRET: restTestSettings.AUTH_JWT_SECRET ?? "",
  RATE_LIMIT_PER_MINUTE: "100000",
  RATE_LIMIT_PER_IP_PER_MINUTE: "100000",
  MAX_AVATAR_SIZE_MB: "1",
});
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer(db, settings, {
    avatarStorage: createLocalAvatarStorage({ directory, publicBaseUrl: "http://avatars.test" }),
  });
});
afterAll(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

const png = () =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: "#3366cc" } })
    .png()
    .toBuffer();

async function upload(
  token: string | undefined,
  file: { bytes: Uint8Array; name: string; type: string } | undefined,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  if (file) form.set("avatar", new Blob([file.bytes], { type: file.type }), file.name);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const response = await fetch(`${server.baseUrl}/users/upload-avatar`, {
    method: "POST",
    body: form,
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as Record<string, unknown>;
  validate("POST", "/users/upload-avatar", response.status, body);
  return { status: response.status, body };
}

const codeOf = (body: Record<string, unknown>) => (body.error as { code: string }).code;

describe("POST /users/upload-avatar", () => {
  it("returns the new avatar_url, which serves the processed image for a year", async () => {
    const user = await createUserWithDetails(db);
    const { status, body } = await upload(await jwtFor(user.id), {
      bytes: await png(),
      name: "me.png",
      type: "image/png",
    });
    expect(status).toBe(200);
    const url = String(body.avatar_url);
    expect(url).toMatch(/^http:\/\/avatars\.test\/avatars\/.+-512\.webp$/);
    const profile = await db.userProfile.findUniqueOrThrow({ where: { user_id: user.id } });
    expect(profile.avatar_url).toBe(url);

    const image = await fetch(`${server.baseUrl}${new URL(url).pathname}`);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/webp");
    expect(image.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(image.headers.get("x-content-type-options")).toBe("nosniff");
    expect(image.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    const metadata = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(["webp", 512, 512]);
  });

  it("goes by content, not by name or declared type: a PNG called .gif is taken as a PNG", async () => {
    const user = await createUserWithDetails(db);
    const { status } = await upload(await jwtFor(user.id), {
      bytes: await png(),
      name: "holiday.gif",
      type: "image/gif",
    });
    expect(status).toBe(200);
  });

  it("refuses a text file called .png with 415", async () => {
    const user = await createUserWithDetails(db);
    const { status, body } = await upload(await jwtFor(user.id), {
      bytes: new TextEncoder().encode("just some text, honestly"),
      name: "photo.png",
      type: "image/png",
    });
    expect(status).toBe(415);
    expect(codeOf(body)).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("refuses a missing file, a bad crop box and a JSON body", async () => {
    const token = await jwtFor((await createUserWithDetails(db)).id);
    expect((await upload(token, undefined, { keep_animation: "true" })).status).toBe(400);
    const crop = await upload(
      token,
      { bytes: await png(), name: "a.png", type: "image/png" },
      { crop_left: "10" },
    );
    expect(crop.status).toBe(400);
    const json = await fetch(`${server.baseUrl}/users/upload-avatar`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ avatar: "aGVsbG8=" }),
    });
    expect(json.status).toBe(415);
    const broken = await fetch(`${server.baseUrl}/users/upload-avatar`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "multipart/form-data; boundary=nope",
      },
      body: "this is not a multipart body",
    });
    expect(broken.status).toBe(400);
    validate("POST", "/users/upload-avatar", 400, await broken.json());
  });

  it("is 401 anonymous and 403 for an API key", async () => {
    const user = await createUserWithDetails(db);
    const file = { bytes: await png(), name: "a.png", type: "image/png" };
    expect((await upload(undefined, file)).status).toBe(401);
    const { key } = await createApiKey(db, { organization_id: user.organization_id });
    expect((await upload(key, file)).status).toBe(403);
  });

  it("cuts off a body over MAX_AVATAR_SIZE_MB with 413 while it streams, long before its end", async () => {
    const token = await jwtFor((await createUserWithDetails(db)).id);
    const boundary = "----ums-test-boundary";
    const chunk = new Uint8Array(64 * 1024).fill(0x41);
    const total = 64 * 1024 * 1024; // 64 MB, sent without a Content-Length
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode(
            `--${boundary}\r\nContent-Disposition: form-data; name="avatar"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`,
          ),
        );
      },
      pull(controller) {
        if (sent >= total) {
          controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
          controller.close();
          return;
        }
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${server.baseUrl}/users/upload-avatar`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      body,
      duplex: "half",
    });
    expect(response.status).toBe(413);
    expect(codeOf((await response.json()) as Record<string, unknown>)).toBe("PAYLOAD_TOO_LARGE");
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });
});
