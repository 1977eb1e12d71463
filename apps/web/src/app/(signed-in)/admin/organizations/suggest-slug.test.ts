import { organizationSlug } from "@ums/api/schemas/organizations";
import { describe, expect, it } from "vitest";

import { suggestSlug } from "./suggest-slug";

describe("suggestSlug", () => {
  it("writes the name in lowercase words joined by hyphens", () => {
    expect(suggestSlug("Acme Learning")).toBe("acme-learning");
    expect(suggestSlug("  Café Zürich & Co. ")).toBe("cafe-zurich-co");
    expect(suggestSlug("R&D -- 2026")).toBe("r-d-2026");
  });

  it("is empty when nothing of the name can be kept", () => {
    expect(suggestSlug("")).toBe("");
    expect(suggestSlug("東京 !!")).toBe("");
  });

  it("gives what the API's slug rule accepts, even for a long name", () => {
    for (const name of ["Acme Learning", "x".repeat(62) + " y", "École Polytechnique Fédérale"]) {
      const slug = suggestSlug(name);
      expect(slug.length).toBeLessThanOrEqual(63);
      expect(organizationSlug.safeParse(slug).success, slug).toBe(true);
    }
  });
});
