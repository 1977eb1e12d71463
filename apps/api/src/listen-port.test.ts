import { SettingsError } from "@ums/db/settings";
import { describe, expect, it } from "vitest";

import { listenPort } from "./listen-port";

describe("listenPort", () => {
  it("uses API_PORT when PORT is unset or blank", () => {
    expect(listenPort({}, 4000)).toBe(4000);
    expect(listenPort({ PORT: " " }, 4000)).toBe(4000);
  });

  it("lets PORT override API_PORT", () => {
    expect(listenPort({ PORT: "8080" }, 4000)).toBe(8080);
  });

  it.each(["0", "65536", "80.5", "http"])("rejects PORT=%s with a settings error", (port) => {
    expect(() => listenPort({ PORT: port }, 4000)).toThrow(SettingsError);
  });
});
