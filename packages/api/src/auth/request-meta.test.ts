import { describe, expect, it } from "vitest";

import { deviceType } from "./request-meta";

describe("deviceType", () => {
  it.each([
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36",
      "desktop",
    ],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148", "mobile"],
    ["Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/126.0 Mobile Safari/537.36", "mobile"],
    ["Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X)", "tablet"],
    ["Mozilla/5.0 (Linux; Android 14; SM-X710) Chrome/126.0 Safari/537.36", "tablet"],
    ["curl/8.5.0", "api"],
    ["node-fetch/3.0", "api"],
  ])("classifies %s as %s", (userAgent, expected) => {
    expect(deviceType(userAgent)).toBe(expected);
  });

  it("knows nothing without a User-Agent", () => {
    expect(deviceType(null)).toBeNull();
    expect(deviceType("")).toBeNull();
  });
});
