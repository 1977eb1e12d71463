import { describe, expect, it } from "vitest";

import { linkify } from "./linkify";

describe("linkify", () => {
  it("cuts the text around each http(s) address", () => {
    expect(
      linkify("Accept: https://learn.example.com/invite/Ab3_x-9\nThen http://a.example/b?c=d."),
    ).toEqual([
      { text: "Accept: " },
      { url: "https://learn.example.com/invite/Ab3_x-9" },
      { text: "\nThen " },
      { url: "http://a.example/b?c=d" },
      { text: "." },
    ]);
  });

  it("leaves text without addresses whole, and other schemes as text", () => {
    expect(linkify("Hello,\nnothing here")).toEqual([{ text: "Hello,\nnothing here" }]);
    expect(linkify("javascript:alert(1) mailto:a@b.example")).toEqual([
      { text: "javascript:alert(1) mailto:a@b.example" },
    ]);
    expect(linkify("")).toEqual([]);
  });

  it("keeps closing punctuation out of the address", () => {
    expect(linkify("(see https://a.example/x), then")).toEqual([
      { text: "(see " },
      { url: "https://a.example/x" },
      { text: "), then" },
    ]);
  });
});
