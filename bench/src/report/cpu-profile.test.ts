import { summarizeProfile, type Profile } from "@ums/api/cpu-profile";
import { describe, expect, it } from "vitest";

import { formatCpuSummary } from "./cpu-profile";

const frame = (functionName: string, url: string, lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
});

describe("formatCpuSummary", () => {
  it("prints each package's and function's self time of a --cpu-prof profile, largest first", () => {
    const profile: Profile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", "") },
        {
          id: 2,
          callFrame: frame(
            "parse",
            "file:///r/node_modules/.pnpm/zod@4/node_modules/zod/index.js",
            9,
          ),
        },
        { id: 3, callFrame: frame("handle", "file:///r/apps/api/src/app.ts", 41) },
      ],
      samples: [2, 2, 3, 2],
      timeDeltas: [1000, 2000, 1000, 2000],
    };
    const text = formatCpuSummary(summarizeProfile(profile));
    expect(text.split("\n")).toEqual([
      "CPU time of the API's main thread: 0.0 s (idle included)",
      "By package or source file (self time):",
      "   83.3 %        5 ms  zod",
      "   16.7 %        1 ms  apps/api/src/app.ts",
      "By function (self time):",
      "   83.3 %        5 ms  parse zod:10",
      "   16.7 %        1 ms  handle apps/api/src/app.ts:42",
    ]);
  });
});
