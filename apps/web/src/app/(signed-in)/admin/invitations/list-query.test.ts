import { describe, expect, it } from "vitest";

import { invitationsViewOf } from "./list-query";

describe("invitationsViewOf", () => {
  it("reads the view from the URL", () => {
    expect(
      invitationsViewOf({
        status: "PENDING",
        search: " ada ",
        sort: "expires_at",
        order: "asc",
        cursor: "abc",
      }),
    ).toEqual({
      status: "PENDING",
      search: "ada",
      sort: "expires_at",
      order: "asc",
      cursor: "abc",
    });
  });

  it("falls back to the defaults for unknown or empty values", () => {
    expect(invitationsViewOf({ status: "LOST", sort: "name", order: "up", search: "  " })).toEqual({
      status: undefined,
      search: undefined,
      sort: "sent_at",
      order: "desc",
      cursor: undefined,
    });
  });

  it("takes the first of repeated parameters", () => {
    expect(invitationsViewOf({ status: ["EXPIRED", "PENDING"] }).status).toBe("EXPIRED");
  });
});
