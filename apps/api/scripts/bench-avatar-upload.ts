/**
 * Avatar upload throughput over HTTP: `pnpm --filter @ums/api-server bench:avatar [uploads] [concurrency]`.
 * Starts the API server on a free port against the configured (or embedded) database, with a
 * local avatar folder in a temporary directory, and POSTs a ~2 MB photographic JPEG to
 * /users/upload-avatar as one learner, `uploads` times (default 30) with `concurrency` requests
 * in flight (default 2, the cores of the reference machine). Prints uploads/s, latency
 * percentiles and the process's RSS before the uploads and at its peak.
 */
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

import { createLocalAvatarStorage } from "@ums/api";
import { createPrismaClient } from "@ums/db";
import { openDatabase } from "@ums/db/lifecycle";
import { parseSettings } from "@ums/db/settings";
import { SignJWT } from "jose";
import sharp from "sharp";

import { createApp } from "../src/app";
import { closeServer, listen } from "../src/http/node-server";
import { createLogger } from "../src/http/logger";

const uploads = Number(process.argv[2] ?? 30);
const concurrency = Number(process.argv[3] ?? 2);

/** A noisy 2400×2400 JPEG (noise compresses badly, like a photo): about 2 MB. */
async function photo(): Promise<Buffer> {
  const side = 2400;
  const pixels = Buffer.alloc(side * side * 3);
  let seed = 42;
  for (let index = 0; index < pixels.length; index++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const gradient = ((index / 3) % side) / side;
    pixels[index] = Math.floor(gradient * 160 + (seed % 96));
  }
  return sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
    .jpeg({ quality: 82 })
    .toBuffer();
}

const handle = await openDatabase();
const db = createPrismaClient(handle.url, { maxConnections: 5 });
const directory = await mkdtemp(path.join(tmpdir(), "ums-bench-avatars-"));
const secret = "bench-secret-bench-secret-bench-secret-00";
const settings = parseSettings({
  ...process.env,
  AUTH_JWT_SECRET: secret,
  RATE_LIMIT_PER_MINUTE: "1000000",
  RATE_LIMIT_PER_IP_PER_MINUTE: "1000000",
  WORKER_ENABLED: "false",
});
const app = createApp({
  db,
  settings,
  logger: createLogger({ level: "silent" }),
  avatarStorage: createLocalAvatarStorage({ directory, publicBaseUrl: "http://bench.test" }),
});
const server = await listen(app, 0);
const { port } = server.address() as AddressInfo;

const organization = await db.organization.create({
  data: { name: "Avatar bench", slug: `avatar-bench-${Date.now()}` },
});
const user = await db.user.create({
  data: {
    email: `avatar-bench-${Date.now()}@example.test`,
    first_name: "Bench",
    last_name: "Mark",
    organization_id: organization.id,
  },
});
const token = await new SignJWT({})
  .setProtectedHeader({ alg: "HS256" })
  .setSubject(user.id)
  .setExpirationTime("1h")
  .sign(new TextEncoder().encode(secret));

const jpeg = await photo();
const rssBefore = process.memoryUsage().rss;
let peakRss = rssBefore;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

async function uploadOnce(): Promise<number> {
  const form = new FormData();
  form.set("avatar", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "photo.jpg");
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/users/upload-avatar`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`upload answered ${response.status}`);
  return performance.now() - started;
}

try {
  for (let warmUp = 0; warmUp < 2; warmUp++) await uploadOnce();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < uploads) {
        next++;
        latencies.push(await uploadOnce());
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  console.log(
    JSON.stringify(
      {
        image: `${(jpeg.byteLength / 1024 / 1024).toFixed(2)} MB JPEG, 2400×2400`,
        uploads,
        concurrency,
        uploads_per_second: Number((uploads / seconds).toFixed(2)),
        latency_ms: { p50: Math.round(at(0.5)), p95: Math.round(at(0.95)), max: Math.round(at(1)) },
        // One process holds the server and the load generator: the server's part is the growth.
        rss_before_mb: Math.round(rssBefore / 1024 / 1024),
        peak_rss_mb: Math.round(peakRss / 1024 / 1024),
      },
      null,
      2,
    ),
  );
} finally {
  clearInterval(sampler);
  await closeServer(server, 1000);
  await db.user.delete({ where: { id: user.id } });
  await db.organization.delete({ where: { id: organization.id } });
  await db.$disconnect();
  await rm(directory, { recursive: true, force: true });
  handle.release();
}
