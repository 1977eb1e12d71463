import { describe, expect, it } from "vitest";

import { packageOf, summarizeProfile, type CpuProfile } from "./cpu-profile";

const frame = (functionName: string, url: string, lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
});

describe("packageOf", () => {
  it("names npm packages, scoped or not, even under pnpm's store", () => {
    expect(
      packageOf("file:///r/node_modules/.pnpm/zod@4.1.0/node_modules/zod/v4/core/parse.js", "f"),
    ).toBe("zod");
    expect(
      packageOf(
        "file:///r/node_modules/.pnpm/@prisma+client@7/node_modules/@prisma/client/x.js",
        "f",
      ),
    ).toBe("@prisma/client");
  });

  it("names the workspace folder of the project's own code, and Node's and V8's parts", () => {
    expect(packageOf("file:///r/apps/api/src/http/access-log.ts", "f")).toBe("apps/api");
    expect(packageOf("file:///r/packages/db/src/client.ts", "f")).toBe("packages/db");
    expect(packageOf("node:internal/streams/writable", "write")).toBe("node:");
    expect(packageOf("", "(garbage collector)")).toBe("(garbage collector)");
    expect(packageOf("", "writev")).toBe("(native)");
  });
});

describe("summarizeProfile", () => {
  it("adds up each sample's time as self time of its function and package, leaving idle out", () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", "") },
        { id: 2, callFrame: frame("(idle)", "") },
        { id: 3, callFrame: frame("parse", "file:///r/node_modules/zod/index.js", 9) },
        { id: 4, callFrame: frame("handle", "file:///r/apps/api/src/app.ts", 41) },
      ],
      samples: [2, 3, 3, 4, 2, 3],
      timeDeltas: [5000, 1000, 2000, 1000, 9000, 2000],
    };
    const summary = summarizeProfile(profile);
    expect(summary.totalMs).toBe(6);
    expect(summary.packages).toEqual([
      { name: "zod", ms: 5, share: 5 / 6 },
      { name: "apps/api", ms: 1, share: 1 / 6 },
    ]);
    expect(summary.functions[0]).toEqual({ name: "parse zod/index.js:10", ms: 5, share: 5 / 6 });
  });
});
