import { describe, expect, it } from "vitest";

import { nextPageLink } from "./pagination-link";
import {
  assertNoAmbiguousSegments,
  compareTemplates,
  honoPath,
  pathParameters,
} from "./route-path";

describe("REST paths", () => {
  it("turns templates into Hono paths, UUID parameters matching only UUID-like segments", () => {
    expect(pathParameters("/users/{user_id}/skills/{skill_id}")).toEqual(["user_id", "skill_id"]);
    expect(honoPath("/users/{user_id}/skills/{name}", new Set(["user_id"]))).toBe(
      "/users/:user_id{[0-9a-fA-F-]+}/skills/:name",
    );
  });

  it("orders static segments before parameters at the first difference", () => {
    const templates = [
      "/users/{user_id}",
      "/users/{user_id}/skills",
      "/users/profile/skills",
      "/users",
      "/users/profile",
    ];
    expect([...templates].sort(compareTemplates)).toEqual([
      "/users",
      "/users/profile",
      "/users/profile/skills",
      "/users/{user_id}",
      "/users/{user_id}/skills",
    ]);
  });

  it("refuses a static segment that a UUID parameter beside it could match", () => {
    const route = (template: string) => ({ template, uuidParameters: new Set(["user_id"]) });
    expect(() => {
      assertNoAmbiguousSegments([route("/users/{user_id}"), route("/users/profile")]);
    }).not.toThrow();
    expect(() => {
      assertNoAmbiguousSegments([route("/users/{user_id}"), route("/users/cafe")]);
    }).toThrow(/"cafe" could be read as \{user_id\}/);
  });

  it("builds a relative Link to the next page, keeping the filters", () => {
    expect(nextPageLink("http://api.test/users?role=LEARNER&cursor=old&limit=5", "n/x+")).toBe(
      '</users?role=LEARNER&cursor=n%2Fx%2B&limit=5>; rel="next"',
    );
  });
});
