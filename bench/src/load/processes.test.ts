import path from "node:path";

import { describe, expect, it } from "vitest";

import { repositoryRoot, startCommand } from "./processes";

describe("startCommand", () => {
  it("reads the node flags and entry point of the API's start script, as production runs it", () => {
    const start = startCommand(path.join(repositoryRoot, "apps/api"));
    expect(start.entry).toBe("dist/server.mjs");
    expect(start.nodeFlags).toContainEqual(expect.stringMatching(/^--max-old-space-size=\d+$/));
    expect(start.nodeFlags.every((flag) => flag.startsWith("--"))).toBe(true);
    expect(start.env).toEqual({ MALLOC_ARENA_MAX: "2" });
  });
});
