import { createTestDatabase, createUser } from "@ums/db/testing";
import type { Db } from "@ums/db";
import { describe, expect, it } from "vitest";

import { createExampleOrganization } from "./example-organization";
import {
  exportOrganizationUsers,
  findExportOrganization,
  queriesPerPage,
  type ExportedUser,
} from "./export-users";
import { csvColumns } from "./csv-files";
import { stringSink, type TextSink } from "./text-sink";
import { writeCsvFiles, writeJsonLines } from "./write-export";

const { db } = await createTestDatabase();
const example = await createExampleOrganization(db);

async function exportAll(database: Db, organizationId: string, pageSize?: number) {
  const users: ExportedUser[] = [];
  for await (const user of exportOrganizationUsers(database, { organizationId, pageSize })) {
    users.push(user);
  }
  return users;
}

async function exportCsv(organizationId: string) {
  const sinks = {
    users: stringSink(),
    skills: stringSink(),
    goals: stringSink(),
    activities: stringSink(),
    "learning-events": stringSink(),
  };
  await writeCsvFiles(exportOrganizationUsers(db, { organizationId }), sinks);
  return sinks;
}

/** A client that counts the queries it sends (every export query is one Prisma operation). */
function countingClient() {
  const counter = { queries: 0 };
  const spy = db.$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          counter.queries += 1;
          return query(args);
        },
      },
    },
  }) as unknown as Db;
  return { spy, counter };
}

describe("exportOrganizationUsers", () => {
  it("exports every user of the organization, by e-mail, with every relation", async () => {
    const users = await exportAll(db, example.organization.id);
    expect(users.map((user) => user.email)).toEqual([
      "ada.lovelace@example.academy",
      "grace.hopper@example.academy",
      "zoe.new@example.academy",
    ]);
    const [ada, grace, zoe] = users;
    expect(ada).toMatchObject({
      email: "ada.lovelace@example.academy",
      external_id: null,
      username: "ada",
      last_name: "Lovelace, Countess",
      role: "LEARNER",
      status: "ACTIVE",
      subscription_id: "7d1a4c1e-0b6f-4c5e-9a43-1f2d9c3b8e11",
      last_login: "2026-03-02T18:30:00.000Z",
      created_at: "2025-02-01T10:00:00.000Z",
      updated_at: "2026-02-28T12:00:00.000Z",
      profile: {
        avatar_url: "https://cdn.example.academy/avatars/ada-512.webp",
        phone_number: "+442079460123",
        date_of_birth: "1990-12-10",
        address_line2: " Flat 2 ",
        profile_visibility: "PUBLIC",
        show_email: true,
        show_phone: false,
        created_at: "2025-02-01T10:05:00.000Z",
      },
      learning_preferences: {
        visual_score: 0.8,
        preferred_content_types: ["video", "interactive"],
        reminder_time: "19:30",
        closed_captions: true,
        updated_at: "2025-02-01T10:06:00.000Z",
      },
    });
    expect(ada?.skills).toEqual([
      {
        skill_name: "Mathematics",
        skill_category: "Science",
        proficiency_level: "EXPERT",
        self_assessed: false,
        verified: true,
        verified_by_email: "grace.hopper@example.academy",
        verified_at: "2025-06-01T15:00:00.000Z",
        verification_requested_at: null,
        evidence_type: "certificate",
        evidence_url: "https://certs.example.academy/ada/maths",
        created_at: "2025-03-01T10:00:00.000Z",
        updated_at: "2025-03-01T10:00:00.000Z",
      },
      expect.objectContaining({
        skill_name: 'Poetry, "analytical"',
        verification_requested_at: "2026-01-05T09:00:00.000Z",
      }),
    ]);
    expect(ada?.goals.map((goal) => [goal.title, goal.status, goal.start_date])).toEqual([
      ["Complete the SQL course", "COMPLETED", "2025-09-01"],
      ["-Finish the engine notes", "ACTIVE", "2026-01-01"],
    ]);
    expect(ada?.goals[1]).toMatchObject({ current_value: 3.5, target_date: "2026-06-30" });
    expect(ada?.activities).toEqual([
      {
        activity_type: "SKILL_VERIFIED",
        activity_data: { skill_name: "Mathematics" },
        actor_email: "grace.hopper@example.academy",
        ip_address: null,
        user_agent: null,
        device_type: null,
        created_at: "2025-06-01T15:00:00.000Z",
      },
      // A platform super admin of another organization is not named.
      expect.objectContaining({ activity_type: "USER_UPDATED", actor_email: null }),
      expect.objectContaining({ activity_type: "PROFILE_UPDATED", ip_address: "203.0.113.7" }),
    ]);
    expect(ada?.learning_events.map((event) => event.event_id)).toEqual([
      "e-1",
      "e-2",
      "e-3",
      "e-4",
    ]);
    expect(ada?.learning_events[2]).toEqual({
      event_id: "e-3",
      source: "lms",
      event_type: "ASSESSMENT_COMPLETED",
      occurred_at: "2025-11-20T15:00:00.000Z",
      course_id: "5b0c4a4e-8d51-4e0a-9f55-2c2d1b0a9e01",
      lesson_id: null,
      minutes: null,
      score: 87.5,
      passed: true,
      points: null,
      payload: null,
    });
    expect(grace).toMatchObject({ role: "INSTRUCTOR", learning_preferences: null, skills: [] });
    expect(zoe).toMatchObject({
      first_name: "Zoë",
      status: "PENDING",
      profile: null,
      learning_preferences: null,
      skills: [],
      goals: [],
      activities: [],
      learning_events: [],
    });
  });

  it("never exports secrets, database ids or derived statistics", async () => {
    const text = JSON.stringify(await exportAll(db, example.organization.id));
    expect(text).not.toContain(example.learner.id);
    expect(text).not.toContain(example.organization.id);
    expect(text).not.toMatch(/password|token|key_hash|prefix|learning_stats|"id"|user_id/);
    expect(text).not.toContain("999");
  });

  it("holds no data of another organization", async () => {
    const text = JSON.stringify(await exportAll(db, example.organization.id));
    expect(text).not.toContain("other.example");
    expect(text).not.toContain("Secret skill");
    expect(text).not.toContain("outsider-1");
    const other = await exportAll(db, example.other.id);
    expect(other.map((user) => user.email)).toEqual([
      "outsider@other.example",
      "root@other.example",
    ]);
    expect(JSON.stringify(other)).not.toContain("example.academy");
  });

  it("reads in pages of a bounded number of queries, however many users", async () => {
    const paged = await db.organization.create({ data: { name: "Paged", slug: "paged" } });
    for (let i = 0; i < 7; i += 1) {
      await createUser(db, { organization_id: paged.id, email: `p${i}@paged.example` });
    }
    const whole = await exportAll(db, paged.id);
    for (const pageSize of [1, 3, 7, 100]) {
      const { spy, counter } = countingClient();
      const users = await exportAll(spy, paged.id, pageSize);
      expect(users).toEqual(whole);
      const pages = Math.floor(7 / pageSize) + 1;
      expect(counter.queries).toBeLessThanOrEqual(pages * queriesPerPage);
    }
    expect(whole.map((user) => user.email)).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => `p${i}@paged.example`),
    );

    // With relations, a page still costs queriesPerPage at most, not one query per user.
    const { spy, counter } = countingClient();
    const users = await exportAll(spy, example.organization.id, 2);
    expect(users).toHaveLength(3);
    expect(counter.queries).toBeLessThanOrEqual(2 * queriesPerPage);
    const single = countingClient();
    await exportAll(single.spy, example.organization.id);
    expect(single.counter.queries).toBeLessThanOrEqual(queriesPerPage);
  });

  it("finds the organization by id or by slug", async () => {
    expect(await findExportOrganization(db, "example")).toMatchObject({
      id: example.organization.id,
    });
    expect(await findExportOrganization(db, example.organization.id)).toMatchObject({
      slug: "example",
    });
    expect(await findExportOrganization(db, "nope")).toBeNull();
    expect(await findExportOrganization(db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});

describe("the writers", () => {
  it("write one JSON object per line", async () => {
    const sink = stringSink();
    const counts = await writeJsonLines(
      exportOrganizationUsers(db, { organizationId: example.organization.id }),
      sink,
    );
    const lines = sink.text().split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => (JSON.parse(line) as ExportedUser).email)).toHaveLength(3);
    expect(counts).toEqual({
      users: 3,
      rows: { users: 3, skills: 2, goals: 2, activities: 3, "learning-events": 4 },
    });
  });

  it("write CSV verbatim: quoted commas, quotes and line breaks, no formula apostrophe", async () => {
    const files = await exportCsv(example.organization.id);
    const users = files.users.text();
    expect(users.startsWith(`${csvColumns.users.join(",")}\r\n`)).toBe(true);
    expect(users).toContain(
      '"Writes ""notes"" on engines,\nthen more notes.\r\n=SUM(A1:A2) is just text here."',
    );
    expect(users).toContain(',"Lovelace, Countess",');
    expect(users).toContain(",video;interactive,");
    expect(users).toContain(',"https://ada.example.academy/?a=1,b=2",');
    expect(users).toContain(",Zoë,Ñew,");
    expect(files.goals.text()).toContain(
      '\r\nada.lovelace@example.academy,,-Finish the engine notes,"Three notes,\nseven tables",',
    );
    expect(files.skills.text()).toContain(',"Poetry, ""analytical""",Arts,');
    // jsonb keeps its own key order (shorter keys first); the export writes what it holds.
    expect(files.activities.text()).toContain(
      ',PROFILE_UPDATED,"{""note"":""a, \\""b\\"""",""fields"":[""bio"",""city""]}",,203.0.113.7,',
    );
    expect(`${users}${files.goals.text()}`).not.toMatch(/'[=+\-@]/);
    expect(files["learning-events"].text()).toContain(',"{""module"":""joins""}"\r\n');
  });

  it("write the header of every file when the organization has no users", async () => {
    const empty = await db.organization.create({ data: { name: "Empty", slug: "empty" } });
    const files = await exportCsv(empty.id);
    for (const [kind, sink] of Object.entries(files) as [
      keyof typeof csvColumns,
      TextSink & { text(): string },
    ][]) {
      expect(sink.text()).toBe(`${csvColumns[kind].join(",")}\r\n`);
    }
  });
});
