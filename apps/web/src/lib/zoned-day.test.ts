import { describe, expect, it } from "vitest";

import { endOfZonedDay, isCalendarDate, startOfZonedDay, zonedDayOf } from "./zoned-day";

describe("startOfZonedDay / endOfZonedDay", () => {
  it("is midnight UTC in UTC", () => {
    expect(startOfZonedDay("2026-11-27", "UTC").toISOString()).toBe("2026-11-27T00:00:00.000Z");
    expect(endOfZonedDay("2026-11-27", "UTC").toISOString()).toBe("2026-11-27T23:59:59.999Z");
  });

  it("shifts by the zone's offset, east and west of UTC", () => {
    expect(startOfZonedDay("2026-11-27", "Asia/Tokyo").toISOString()).toBe(
      "2026-11-26T15:00:00.000Z",
    );
    expect(startOfZonedDay("2026-11-27", "America/New_York").toISOString()).toBe(
      "2026-11-27T05:00:00.000Z",
    );
    expect(startOfZonedDay("2026-11-27", "Asia/Kolkata").toISOString()).toBe(
      "2026-11-26T18:30:00.000Z",
    );
  });

  it("follows daylight saving time", () => {
    // Summer time in Paris (UTC+2), winter time (UTC+1); the change of 25 October 2026.
    expect(startOfZonedDay("2026-07-01", "Europe/Paris").toISOString()).toBe(
      "2026-06-30T22:00:00.000Z",
    );
    expect(startOfZonedDay("2026-10-25", "Europe/Paris").toISOString()).toBe(
      "2026-10-24T22:00:00.000Z",
    );
    expect(endOfZonedDay("2026-10-25", "Europe/Paris").toISOString()).toBe(
      "2026-10-25T22:59:59.999Z",
    );
    // São Paulo has none now; Santiago changes at midnight (the day starts at 01:00).
    expect(startOfZonedDay("2026-09-06", "America/Santiago").toISOString()).toBe(
      "2026-09-06T04:00:00.000Z",
    );
  });

  it("round-trips with zonedDayOf", () => {
    for (const zone of ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Lisbon"]) {
      expect(zonedDayOf(startOfZonedDay("2026-03-29", zone), zone)).toBe("2026-03-29");
      expect(zonedDayOf(endOfZonedDay("2026-03-29", zone), zone)).toBe("2026-03-29");
    }
  });
});

describe("isCalendarDate", () => {
  it("accepts real days only", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-2-3")).toBe(false);
    expect(isCalendarDate("yesterday")).toBe(false);
  });
});
