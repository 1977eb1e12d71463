import { describe, expect, it } from "vitest";

import { csvRow } from "../../../../lib/csv";
import type { ActivityItem } from "../../../../lib/activity/activity-sentence";
import { activityCsvCells, activityCsvHeader } from "./activity-csv";

const item: ActivityItem = {
  id: "00000000-0000-4000-8000-0000000000aa",
  user_id: "00000000-0000-4000-8000-000000000001",
  actor_id: "00000000-0000-4000-8000-000000000002",
  activity_type: "USER_UPDATED",
  activity_data: { fields: ["first_name"] },
  ip_address: "::ffff:203.0.113.9",
  user_agent: "Mozilla/5.0 (X11; Linux x86_64)",
  device_type: "desktop",
  created_at: "2026-11-27T09:00:00.000Z",
  user: {
    id: "00000000-0000-4000-8000-000000000001",
    first_name: "=cmd|' /C calc'!A0",
    last_name: "Lovelace",
    email: "ada@example.com",
  },
  actor: {
    id: "00000000-0000-4000-8000-000000000002",
    first_name: "Olivia",
    last_name: "Chen",
    email: "olivia@example.com",
  },
};

describe("activityCsvCells", () => {
  it("gives one cell per column, the time in UTC and in the administrator's zone", () => {
    const cells = activityCsvCells(item, "Asia/Tokyo");
    expect(cells).toHaveLength(activityCsvHeader.length);
    expect(cells.slice(0, 3)).toEqual([
      "2026-11-27T09:00:00.000Z",
      "2026-11-27 18:00:00",
      "USER_UPDATED",
    ]);
    expect(cells.slice(7, 11)).toEqual([
      "Olivia Chen",
      "00000000-0000-4000-8000-000000000002",
      "olivia@example.com",
      "203.0.113.9",
    ]);
    expect(cells.at(-1)).toBe('{"fields":["first_name"]}');
  });

  it("writes a name that is a formula as text in the CSV", () => {
    const row = csvRow(activityCsvCells(item, "UTC"));
    expect(row).toContain(",'=cmd|' /C calc'!A0 Lovelace,");
    expect(row).toContain(
      ",'=cmd|' /C calc'!A0 Lovelace's account was updated by Olivia Chen (first name),",
    );
  });
});
