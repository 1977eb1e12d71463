import { describe, expect, it } from "vitest";

import { organizationSizes } from "./organizations";

const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);

describe("organizationSizes", () => {
  it.each([1, 2, 7, 1000, 100_000, 1_000_000])("places every one of %i users", (users) => {
    expect(sum(organizationSizes(users))).toBe(users);
  });

  it("gives half to the first organization and a decreasing tail to the rest", () => {
    const sizes = organizationSizes(100_000);
    expect(sizes[0]).toBe(50_000);
    expect(sizes).toHaveLength(100);
    const tail = sizes.slice(1);
    expect(tail.every((size, i) => i === 0 || size <= (tail[i - 1] ?? 0))).toBe(true);
    expect(tail.at(-1)).toBeLessThan(200);
    expect(tail.every((size) => size >= 1)).toBe(true);
  });
});
