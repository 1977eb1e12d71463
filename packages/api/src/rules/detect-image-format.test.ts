import sharp from "sharp";
import { describe, expect, it } from "vitest";

import {
  allowedMediaTypes,
  describeFormats,
  detectImageFormat,
  formatAllowed,
} from "./detect-image-format";

const image = () =>
  sharp({ create: { width: 16, height: 16, channels: 3, background: { r: 200, g: 30, b: 30 } } });

describe("detectImageFormat", () => {
  it("recognises every accepted format from real files' bytes", async () => {
    expect(detectImageFormat(await image().jpeg().toBuffer())).toBe("jpeg");
    expect(detectImageFormat(await image().png().toBuffer())).toBe("png");
    expect(detectImageFormat(await image().gif().toBuffer())).toBe("gif");
    expect(detectImageFormat(await image().webp().toBuffer())).toBe("webp");
    expect(detectImageFormat(await image().avif({ effort: 0 }).toBuffer())).toBe("avif");
  });

  it("knows both GIF versions and AVIF listed as a compatible brand", () => {
    expect(detectImageFormat(Buffer.from("GIF87a\x01\x00", "latin1"))).toBe("gif");
    expect(detectImageFormat(Buffer.from("GIF89a\x01\x00", "latin1"))).toBe("gif");
    const box = (major: string, ...compatible: string[]) => {
      const body = Buffer.from(`ftyp${major}\0\0\0\0${compatible.join("")}`, "latin1");
      const size = Buffer.alloc(4);
      size.writeUInt32BE(body.length + 4);
      return Buffer.concat([size, body]);
    };
    expect(detectImageFormat(box("avif"))).toBe("avif");
    expect(detectImageFormat(box("avis"))).toBe("avif");
    expect(detectImageFormat(box("mif1", "miaf", "avif"))).toBe("avif");
    expect(detectImageFormat(box("heic", "mif1", "heic"))).toBeUndefined();
    expect(detectImageFormat(box("isom", "mp41"))).toBeUndefined();
  });

  it("recognises nothing else, and nothing from a name or a short prefix", async () => {
    expect(detectImageFormat(Buffer.from("hello.png"))).toBeUndefined();
    expect(detectImageFormat(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBe(
      undefined,
    );
    expect(detectImageFormat(await image().tiff().toBuffer())).toBeUndefined();
    expect(detectImageFormat(new Uint8Array(0))).toBeUndefined();
    expect(detectImageFormat(Uint8Array.of(0xff, 0xd8))).toBeUndefined();
    expect(detectImageFormat(Buffer.from("RIFF\0\0\0\0WAVE", "latin1"))).toBeUndefined();
    expect(detectImageFormat(Buffer.from("GIF88a", "latin1"))).toBeUndefined();
  });

  it("reads a view into a larger buffer from its own start", async () => {
    const png = await image().png().toBuffer();
    const larger = new Uint8Array(png.length + 10);
    larger.set(png, 10);
    expect(detectImageFormat(larger.subarray(10))).toBe("png");
  });
});

describe("formatAllowed", () => {
  it("takes jpg and jpeg both to mean JPEG, and nothing else to", () => {
    expect(formatAllowed("jpeg", ["jpg"])).toBe(true);
    expect(formatAllowed("jpeg", ["jpeg"])).toBe(true);
    expect(formatAllowed("jpeg", ["png", "gif"])).toBe(false);
    expect(formatAllowed("webp", ["jpg", "jpeg", "png", "gif"])).toBe(false);
    expect(formatAllowed("avif", ["avif"])).toBe(true);
    expect(formatAllowed("png", [" PNG "])).toBe(true);
    expect(formatAllowed("png", [])).toBe(false);
  });

  it("describes the allowed formats for a message", () => {
    expect(describeFormats(["jpg", "jpeg", "png", "gif"])).toBe("JPEG, PNG or GIF");
    expect(describeFormats(["webp"])).toBe("WebP");
    expect(describeFormats(["png", "avif"])).toBe("PNG or AVIF");
  });
});

describe("allowedMediaTypes", () => {
  it("names each allowed format's media type once, leaving unknown names out", () => {
    expect(allowedMediaTypes(["jpg", "jpeg", "PNG", "gif", "bmp"])).toEqual([
      "image/jpeg",
      "image/png",
      "image/gif",
    ]);
  });
});
