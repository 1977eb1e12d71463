/**
 * How many avatars per second the image pipeline turns out from a ~2 MB photographic JPEG.
 *
 *   pnpm --filter @ums/api bench:avatar [runs]     (default 20 runs, after 2 warm-ups)
 *
 * The JPEG is generated first (in a child process, so its memory is not counted): 2500×2500
 * smooth colour gradients with grain, at the JPEG quality that brings it closest to 2 MB. Each
 * run is one processAvatar call with the default options (4 sizes × WebP + JPEG), one after
 * another, as one upload request would do it. Prints avatars/s, mean and p95 latency, and RSS.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

import sharp, { type Raw } from "sharp";

import { processAvatar } from "../src/services/avatars/process-avatar";

const side = 2500;
const targetBytes = 2 * 1024 * 1024;
const warmUps = 2;

/**
 * Smooth gradients (a sky, a warm ground, a soft disc of light) with gaussian grain on top, as
 * raw RGB: a photograph's mix of smooth areas and fine detail, drawn by libvips and librsvg.
 */
async function photographLike(): Promise<{ data: Buffer; info: Raw }> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}">
    <defs>
      <linearGradient id="land" x1="0" y1="0" x2="0.3" y2="1">
        <stop offset="0" stop-color="#3d6fc4"/><stop offset="0.45" stop-color="#bcd3ea"/>
        <stop offset="0.55" stop-color="#c99a5b"/><stop offset="1" stop-color="#4a2a17"/>
      </linearGradient>
      <radialGradient id="light" cx="0.7" cy="0.3" r="0.35">
        <stop offset="0" stop-color="#fff6d8" stop-opacity="0.9"/>
        <stop offset="1" stop-color="#fff6d8" stop-opacity="0"/>
      </radialGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#land)"/>
    <rect width="100%" height="100%" fill="url(#light)"/>
  </svg>`;
  const grain = {
    create: {
      width: side,
      height: side,
      channels: 3,
      background: { r: 0, g: 0, b: 0 },
      noise: { type: "gaussian", mean: 128, sigma: 30 },
    },
  } as const;
  const { data, info } = await sharp(Buffer.from(svg))
    .composite([{ input: grain, blend: "overlay" }])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: info.channels } };
}

/** The JPEG quality whose file size is closest to the target (binary search). */
async function jpegNear(image: { data: Buffer; info: Raw }): Promise<Buffer> {
  const encode = (quality: number) =>
    sharp(image.data, { raw: image.info }).jpeg({ quality }).toBuffer();
  let low = 1;
  let high = 100;
  let best = await encode(high);
  while (low <= high) {
    const quality = Math.floor((low + high) / 2);
    const jpeg = await encode(quality);
    if (Math.abs(jpeg.length - targetBytes) < Math.abs(best.length - targetBytes)) best = jpeg;
    if (jpeg.length < targetBytes) low = quality + 1;
    else high = quality - 1;
  }
  return best;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/**
 * The input is made in a child process (`--generate <file>`), so that drawing and encoding the
 * big source image does not count in this process's memory figures.
 */
function inputJpeg(): Buffer {
  const folder = mkdtempSync(join(tmpdir(), "bench-avatar-"));
  try {
    const file = join(folder, "input.jpg");
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), "--generate", file],
      { stdio: "inherit" },
    );
    if (child.status !== 0) throw new Error("generating the input JPEG failed");
    return readFileSync(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--generate") {
  const file = process.argv[3];
  if (!file) throw new Error("--generate needs a file name");
  writeFileSync(file, await jpegNear(await photographLike()));
  process.exit(0);
}

const runs = Number(process.argv[2] ?? 20);
if (!Number.isInteger(runs) || runs < 1) throw new Error("runs must be a positive integer");

const jpeg = inputJpeg();
console.log(
  `input: ${side}×${side} JPEG, ${mib(jpeg.length)}; sharp ${sharp.versions.sharp}, libvips ${
    sharp.versions.vips
  }, libvips threads ${sharp.concurrency()}`,
);

const options = { allowedFormats: ["jpg", "jpeg", "png", "gif"] };
let outputBytes = 0;
for (let index = 0; index < warmUps; index++) {
  const avatar = await processAvatar(jpeg, options);
  outputBytes = avatar.files.reduce((total, file) => total + file.body.length, 0);
}

const rssBefore = process.memoryUsage.rss();
let rssPeak = rssBefore;
const sampler = setInterval(() => {
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
}, 2);

const times: number[] = [];
const started = performance.now();
for (let index = 0; index < runs; index++) {
  const start = performance.now();
  await processAvatar(jpeg, options);
  times.push(performance.now() - start);
}
const elapsed = performance.now() - started;
clearInterval(sampler);

times.sort((a, b) => a - b);
const mean = times.reduce((total, time) => total + time, 0) / times.length;
const p95 = times[Math.min(Math.ceil(times.length * 0.95) - 1, times.length - 1)] ?? Number.NaN;
console.log(`output: 8 files, ${(outputBytes / 1024).toFixed(1)} KiB in all`);
console.log(`runs: ${runs} (after ${warmUps} warm-ups), one at a time`);
console.log(`throughput: ${((runs * 1000) / elapsed).toFixed(2)} avatars/s`);
console.log(`latency: mean ${mean.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
console.log(
  `RSS: ${mib(rssBefore)} before the runs, peak ${mib(rssPeak)} during them (sampled every 2 ms); maxRSS ${mib(process.resourceUsage().maxRSS * 1024)}`,
);
