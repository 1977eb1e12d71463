import { describe, expect, it } from "vitest";

import { withLinksInNewTabs } from "./links-in-new-tabs";

describe("withLinksInNewTabs", () => {
  it("puts the base at the top of the head, after the doctype", () => {
    expect(withLinksInNewTabs('<!DOCTYPE html><html><head lang="en"><title>x</title></head>')).toBe(
      '<!DOCTYPE html><html><head lang="en"><base target="_blank"><title>x</title></head>',
    );
  });

  it("puts it in front of a fragment without a head", () => {
    expect(withLinksInNewTabs("<p>Hi</p>")).toBe('<base target="_blank"><p>Hi</p>');
  });

  it("does not take a <header> for the head", () => {
    expect(withLinksInNewTabs("<header>x</header>")).toBe(
      '<base target="_blank"><header>x</header>',
    );
  });
});
