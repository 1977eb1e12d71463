import { describe, expect, it } from "vitest";

import { previewJsonLines } from "./jsonl-preview";

const ada = JSON.stringify({
  email: "ada@example.academy",
  first_name: "Ada",
  last_name: "Lovelace",
  skills: [{}, {}],
  goals: [{}],
  activities: [],
  learning_events: [{}, {}, {}],
});

describe("previewJsonLines", () => {
  it("shows each user's e-mail, name and counts, by file line", () => {
    expect(previewJsonLines(`\uFEFF${ada}\n\n${ada}\n`, false)).toEqual([
      {
        line: 1,
        email: "ada@example.academy",
        name: "Ada Lovelace",
        counts: { skills: 2, goals: 1, activities: 0, learningEvents: 3 },
      },
      expect.objectContaining({ line: 3, email: "ada@example.academy" }),
    ]);
  });

  it("says which line is not JSON, not an object, or has no e-mail", () => {
    const results = previewJsonLines(`{"email": "a@x.io",\n[1]\n{"first_name":"X"}\n`, false);
    expect(results.map((result) => [result.line, "problem" in result])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    const problem = (at: number) => {
      const result = results[at];
      return result !== undefined && "problem" in result ? result.problem : "";
    };
    expect(problem(0)).toMatch(/^Not JSON/);
    expect(problem(1)).toMatch(/^Not a JSON object/);
    expect(results[2]).toMatchObject({ problem: "No e-mail address (the email key)." });
  });

  it("stops at five users, and leaves out a last line the cut split", () => {
    expect(previewJsonLines(Array(8).fill(ada).join("\n"), false)).toHaveLength(5);
    expect(previewJsonLines(`${ada}\n{"email":"a@x`, true)).toHaveLength(1);
  });
});
