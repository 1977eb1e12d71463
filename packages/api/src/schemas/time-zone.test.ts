import { describe, expect, it } from "vitest";

import { timeZone } from "./fields";

describe("timeZone", () => {
  it.each(["Europe/London", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+5"])(
    "accepts %s",
    (zone) => {
      expect(timeZone.safeParse(zone).success).toBe(true);
    },
  );

  // Node's list names these by ICU's older names (Asia/Calcutta, Europe/Kiev, Asia/Saigon).
  it.each(["Asia/Kolkata", "Europe/Kyiv", "Asia/Ho_Chi_Minh", "Asia/Calcutta"])(
    "accepts the renamed zone %s under either name",
    (zone) => {
      expect(timeZone.safeParse(zone).data).toBe(zone);
    },
  );

  it.each(["Mars/Olympus_Mons", "GMT+25", "asia/kolkata", "Europe/", "", "Europe/London; DROP"])(
    "refuses %s",
    (zone) => {
      expect(timeZone.safeParse(zone).success).toBe(false);
    },
  );
});
