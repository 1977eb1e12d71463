/**
 * TEST HELPER (never imported by production code): a local stand-in for UploadThing's API and
 * ingest servers, implementing exactly what the server SDK (`UTApi` of uploadthing 7.7.4) calls
 * for uploads, deletes and listings, with the files kept in memory.
 *
 * What UTApi sends (read from node_modules/uploadthing/server/index.js and @uploadthing/shared):
 * - uploadFiles: no API call. For each file the SDK signs an ingest URL itself:
 *   `PUT <ingestUrl>/<generated file key>?expires=<ms>&x-ut-identifier=<appId>&x-ut-file-name=…
 *   &x-ut-file-size=…&x-ut-file-type=…&x-ut-custom-id=…&x-ut-content-disposition=…[&x-ut-acl=…]
 *   &signature=hmac-sha256=<hex HMAC-SHA256 of the URL before "&signature", keyed by the apiKey>`
 *   (the x-ut-* values are encodeURIComponent'ed once more before being put in the query), with
 *   headers `Range: bytes=0-` and `x-uploadthing-version`, and a multipart body whose field
 *   "file" is the file. It reads `{ url, appUrl, ufsUrl, fileHash }` from the JSON answer.
 * - deleteFiles: `POST <apiUrl>/v6/deleteFiles` `{ fileKeys } | { customIds }` → `{ success, deletedCount }`
 * - listFiles: `POST <apiUrl>/v6/listFiles` `{ limit?, offset? }` →
 *   `{ hasMore, files: [{ id, customId, key, name, size, status, uploadedAt }] }`
 * - every /v6 call has headers `x-uploadthing-api-key`, `x-uploadthing-version`,
 *   `x-uploadthing-be-adapter: server-sdk` and a JSON body.
 * This fake checks the API key, the signature and expiry of ingest URLs, and the declared size.
 * It refuses a customId that was ever used in the app, even after its file was deleted: UploadThing
 * keeps deleted file records for a while and an upload reusing their customId fails
 * (pingdotgg/uploadthing#888, #948, still open).
 * Files are served back at `GET /f/<file key>` (the `ufsUrl` it returns).
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeUploadThingFile {
  /** UploadThing's file key (what its URLs name) */
  key: string;
  customId: string | null;
  name: string;
  type: string;
  size: number;
  body: Buffer;
  uploadedAt: number;
}

/** One upload arriving at the ingest server, for failure injection. */
export interface FakeUpload {
  /** 1-based count of uploads received since failUploads was last called */
  count: number;
  customId: string | null;
  name: string;
}

export interface FakeUploadThing {
  /** base URL of the fake: pass it as both `apiUrl` and `ingestUrl` */
  url: string;
  /** a token that UTApi accepts, carrying this fake's apiKey and appId */
  token: string;
  apiKey: string;
  appId: string;
  /** stored files by UploadThing file key */
  files: ReadonlyMap<string, FakeUploadThingFile>;
  /** every request received, e.g. "PUT /<key>", "POST /v6/listFiles" */
  requests: string[];
  /** Uploads for which `predicate` is true answer 500 (undefined: none fail). Resets the count. */
  failUploads(predicate: ((upload: FakeUpload) => boolean) | undefined): void;
  close(): Promise<void>;
}

/** A token in UploadThing's format: base64 of JSON `{ apiKey: "sk_…", appId, regions }`. */
export function fakeUploadThingToken(token: {
  apiKey: string;
  appId: string;
  regions?: string[];
}): string {
  const json = { apiKey: token.apiKey, appId: token.appId, regions: token.regions ?? ["fra1"] };
  return Buffer.from(JSON.stringify(json)).toString("base64");
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const text = (await readBody(request)).toString("utf8");
  try {
    const json: unknown = JSON.parse(text === "" ? "{}" : text);
    if (typeof json === "object" && json !== null && !Array.isArray(json)) {
      return json as Record<string, unknown>;
    }
  } catch {
    // answered below
  }
  throw new HttpError(400, "body must be a JSON object");
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : [];
}

/** The bytes of field `name` in a multipart/form-data body (enough for what the SDK sends). */
function multipartField(body: Buffer, contentType: string, name: string): Buffer | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const delimiter = boundary?.[1] ?? boundary?.[2];
  if (!contentType.startsWith("multipart/form-data") || delimiter === undefined) return undefined;
  const separator = Buffer.from(`--${delimiter}`);
  for (let start = body.indexOf(separator); start !== -1;) {
    const next = body.indexOf(separator, start + separator.length);
    if (next === -1) break;
    const part = body.subarray(start + separator.length + 2, next - 2); // between CRLFs
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      if (new RegExp(`name="${name}"`).test(headers)) return part.subarray(headerEnd + 4);
    }
    start = next;
  }
  return undefined;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

/** Starts the fake on 127.0.0.1 at a free port. */
export async function startFakeUploadThing(): Promise<FakeUploadThing> {
  const apiKey = `sk_test_${randomUUID().replaceAll("-", "")}`;
  const appId = "fakeapp";
  const files = new Map<string, FakeUploadThingFile>();
  const requests: string[] = [];
  /** every customId ever uploaded, deleted or not */
  const usedCustomIds = new Set<string>();
  let failPredicate: ((upload: FakeUpload) => boolean) | undefined;
  let uploadCount = 0;
  let baseUrl = "";

  /** The x-ut-* query values are URI-encoded once more by the SDK before URLSearchParams encodes them. */
  function param(url: URL, name: string): string | null {
    const value = url.searchParams.get(name);
    return value === null ? null : decodeURIComponent(value);
  }

  function verifySignature(url: URL): void {
    const signature = url.searchParams.get("signature");
    if (signature?.startsWith("hmac-sha256=") !== true) {
      throw new HttpError(403, "missing signature");
    }
    const signed = new URL(url);
    signed.searchParams.delete("signature");
    const expected = Buffer.from(
      `hmac-sha256=${createHmac("sha256", apiKey).update(signed.toString()).digest("hex")}`,
    );
    const actual = Buffer.from(signature);
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      throw new HttpError(403, "invalid signature");
    }
    if (Number(url.searchParams.get("expires")) < Date.now()) {
      throw new HttpError(403, "URL expired");
    }
    if (param(url, "x-ut-identifier") !== appId) throw new HttpError(403, "wrong app");
  }

  async function ingest(request: IncomingMessage, url: URL, response: ServerResponse) {
    verifySignature(url);
    const key = decodeURIComponent(url.pathname.slice(1));
    const customId = param(url, "x-ut-custom-id");
    const name = param(url, "x-ut-file-name") ?? key;
    const bytes = multipartField(
      await readBody(request),
      request.headers["content-type"] ?? "",
      "file",
    );
    if (bytes === undefined) throw new HttpError(400, 'multipart field "file" missing');
    if (String(bytes.length) !== param(url, "x-ut-file-size")) {
      throw new HttpError(400, "size differs from x-ut-file-size");
    }
    uploadCount += 1;
    if (failPredicate?.({ count: uploadCount, customId, name }) === true) {
      throw new HttpError(500, "injected upload failure");
    }
    if (customId !== null) {
      if (usedCustomIds.has(customId)) {
        throw new HttpError(409, `customId ${customId} is already used in this app`);
      }
      usedCustomIds.add(customId);
    }
    const type = param(url, "x-ut-file-type") ?? "application/octet-stream";
    files.set(key, {
      key,
      customId,
      name,
      type,
      size: bytes.length,
      body: bytes,
      uploadedAt: Date.now(),
    });
    const ufsUrl = `${baseUrl}/f/${key}`;
    sendJson(response, 200, {
      url: ufsUrl,
      appUrl: `${baseUrl}/a/${appId}/${key}`,
      ufsUrl,
      fileHash: createHash("md5").update(bytes).digest("hex"),
    });
  }

  function serveFile(key: string, response: ServerResponse): void {
    const file = files.get(key);
    if (file === undefined) throw new HttpError(404, "not found");
    response.writeHead(200, { "content-type": file.type, "content-length": file.size });
    response.end(file.body);
  }

  async function api(request: IncomingMessage, pathname: string, response: ServerResponse) {
    if (request.headers["x-uploadthing-api-key"] !== apiKey) {
      throw new HttpError(401, "invalid API key");
    }
    const body = await readJson(request);
    if (pathname === "/v6/deleteFiles") {
      const fileKeys = new Set(stringArray(body.fileKeys));
      const customIds = new Set(stringArray(body.customIds));
      let deletedCount = 0;
      for (const [key, file] of files) {
        if (fileKeys.has(key) || (file.customId !== null && customIds.has(file.customId))) {
          files.delete(key);
          deletedCount += 1;
        }
      }
      sendJson(response, 200, { success: true, deletedCount });
      return;
    }
    if (pathname === "/v6/listFiles") {
      const limit = typeof body.limit === "number" ? body.limit : 500;
      const offset = typeof body.offset === "number" ? body.offset : 0;
      const all = [...files.values()];
      sendJson(response, 200, {
        hasMore: offset + limit < all.length,
        files: all.slice(offset, offset + limit).map((file) => ({
          id: file.key,
          customId: file.customId,
          key: file.key,
          name: file.name,
          size: file.size,
          status: "Uploaded",
          uploadedAt: file.uploadedAt,
        })),
      });
      return;
    }
    throw new HttpError(404, `no route ${pathname}`);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "127.0.0.1"}`);
    const method = request.method ?? "GET";
    requests.push(`${method} ${url.pathname}`);
    if (method === "POST" && url.pathname.startsWith("/v6/")) {
      await api(request, url.pathname, response);
    } else if (method === "PUT" && /^\/[^/]+$/.test(url.pathname)) {
      await ingest(request, url, response);
    } else if (method === "GET" && url.pathname.startsWith("/f/")) {
      serveFile(decodeURIComponent(url.pathname.slice(3)), response);
    } else if (method === "GET" && url.pathname.startsWith(`/a/${appId}/`)) {
      serveFile(decodeURIComponent(url.pathname.slice(`/a/${appId}/`.length)), response);
    } else {
      throw new HttpError(404, "not found");
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendJson(response, status, { error: message });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    token: fakeUploadThingToken({ apiKey, appId }),
    apiKey,
    appId,
    files,
    requests,
    failUploads(predicate) {
      failPredicate = predicate;
      uploadCount = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
