import { describe, expect, it } from "vitest";

import { versionTag } from "./version-tag";

const shape = {
  id: true,
  updated_at: true,
  tags: true,
  profile: { select: { bio: true, score: true } },
} as const;

const state = {
  id: "u1",
  updated_at: new Date(Date.UTC(2026, 10, 28, 1, 2, 3, 456)),
  tags: ["a", "b"],
  profile: { bio: "Learning every day.", score: 0.5 },
};

describe("versionTag", () => {
  it("is a strong entity tag", () => {
    expect(versionTag(state, shape)).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  it("is the same for the same content, whatever the order of the object's keys", () => {
    const reordered = {
      profile: { score: 0.5, bio: "Learning every day." },
      tags: ["a", "b"],
      updated_at: new Date(Date.UTC(2026, 10, 28, 1, 2, 3, 456)),
      id: "u1",
    };
    expect(versionTag(reordered, shape)).toBe(versionTag(state, shape));
  });

  it("ignores fields outside the shape", () => {
    const read = { ...state, password_hash: "secret" };
    expect(versionTag(read, shape)).toBe(versionTag(state, shape));
  });

  it.each([
    ["a scalar", { ...state, id: "u2" }],
    ["a millisecond of a date", { ...state, updated_at: new Date(state.updated_at.getTime() + 1) }],
    ["the order of a list", { ...state, tags: ["b", "a"] }],
    ["a related field", { ...state, profile: { ...state.profile, score: 0.6 } }],
    ["a relation gone", { ...state, profile: null }],
    ["a value moved to another field", { ...state, profile: { bio: "0.5", score: "Learning" } }],
    ["null against the text null", { ...state, profile: { ...state.profile, bio: "null" } }],
  ])("changes when %s changes", (_change, changed) => {
    expect(versionTag(changed, shape)).not.toBe(versionTag(state, shape));
  });

  it("tells a missing relation from one whose fields are all null", () => {
    const empty = { ...state, profile: { bio: null, score: null } };
    expect(versionTag(empty, shape)).not.toBe(versionTag({ ...state, profile: null }, shape));
  });
});
