import { Readable } from "node:stream";

import type { Db } from "@ums/db";
import { createOrganization, createTestDatabase, createUser } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { createExampleOrganization } from "./example-organization";
import { exportOrganizationUsers } from "./export-users";
import { importFiles } from "./import-files";
import { importTotals, type ImportFileKind } from "./import-run";
import { stringSink } from "./text-sink";
import { writeCsvFiles, writeJsonLines } from "./write-export";

const source = await createTestDatabase();
const target = await createTestDatabase();
const { organization: example } = await createExampleOrganization(source.db);

async function exportJsonLines(db: Db, organizationId: string) {
  const sink = stringSink();
  await writeJsonLines(exportOrganizationUsers(db, { organizationId, pageSize: 2 }), sink);
  return sink.text();
}

async function exportCsv(db: Db, organizationId: string) {
  const files = {
    users: stringSink(),
    skills: stringSink(),
    goals: stringSink(),
    activities: stringSink(),
    "learning-events": stringSink(),
  };
  await writeCsvFiles(exportOrganizationUsers(db, { organizationId, pageSize: 2 }), files);
  return Object.fromEntries(Object.entries(files).map(([kind, sink]) => [kind, sink.text()]));
}

async function importCsv(
  db: Db,
  organizationId: string,
  texts: Partial<Record<ImportFileKind, string>>,
  options: {
    dryRun?: boolean;
    batchSize?: number;
    mapping?: Record<string, string>;
    createdBy?: string;
    newUserStatus?: "KEEP" | "ACTIVE" | "PENDING";
    sendInvitations?: boolean;
  } = {},
) {
  const result = await importFiles(
    db,
    {
      organizationId,
      createdBy: options.createdBy ?? null,
      format: "CSV",
      sources: Object.entries(texts).map(([kind, text]) => ({
        kind: kind as ImportFileKind,
        name: `${kind}.csv`,
        open: () => Readable.from([text]),
      })),
      options: {
        dryRun: options.dryRun ?? false,
        newUserStatus: options.newUserStatus ?? "KEEP",
        sendInvitations: options.sendInvitations ?? false,
        columnMapping: options.mapping === undefined ? null : { users: options.mapping },
      },
    },
    { batchSize: options.batchSize ?? 2 },
  );
  const rejections = await db.importRejection.findMany({
    where: { run_id: result.runId },
    orderBy: { id: "asc" },
    select: { kind: true, line: true, field: true, message: true },
  });
  return { ...result, totals: importTotals(result.progress), rejections };
}

describe("the CSV import", () => {
  it("round trip: the CSV export imports into an empty organization to the same state", async () => {
    const copy = await createOrganization(target.db, { name: "CSV copy", slug: "csv-copy" });
    const files = await exportCsv(source.db, example.id);
    const result = await importCsv(target.db, copy.id, files);
    expect(result.status).toBe("SUCCEEDED");
    expect(result.rejections).toEqual([]);
    expect(result.progress.files.users).toMatchObject({ rows: 3, created: 3, rejected: 0 });
    expect(result.progress.files.skills?.created).toBeGreaterThan(0);
    // CSV cannot tell an empty string from null; the example's texts are never empty.
    expect(await exportJsonLines(target.db, copy.id)).toBe(
      await exportJsonLines(source.db, example.id),
    );

    const again = await importCsv(target.db, copy.id, files);
    expect(again.totals).toMatchObject({ created: 0, updated: 0, rejected: 0 });
    expect(again.totals.unchanged).toBe(again.totals.rows);
  });

  it("reads other systems' headers, fills what a file lacks, and leaves it alone on update", async () => {
    const org = await createOrganization(target.db, { name: "Foreign", slug: "foreign" });
    const first = [
      "Email Address,First Name,Surname,Employee ID,Phone,Notes",
      "ana@foreign.example,Ana,Silva,E-1,+351912345678,likes tea",
      "BEN@Foreign.example,Ben,Okafor,E-2,,",
    ].join("\r\n");
    const created = await importCsv(target.db, org.id, { users: first });
    expect(created.rejections).toEqual([]);
    expect(created.totals).toMatchObject({ rows: 2, created: 2 });
    const ben = await target.db.user.findUniqueOrThrow({
      where: { email: "ben@foreign.example" },
      include: { profile: true, learning_preferences: true },
    });
    expect(ben).toMatchObject({ role: "LEARNER", status: "ACTIVE", external_id: "E-2" });
    expect(ben.profile).toBeNull(); // no profile cell given
    const ana = await target.db.user.findUniqueOrThrow({
      where: { email: "ana@foreign.example" },
      include: { profile: true },
    });
    expect(ana.profile).toMatchObject({ phone_number: "+351912345678", timezone: "UTC" });

    // Someone renamed Ben in the app; a file without name columns leaves names alone, and his
    // changed e-mail is matched by the external id.
    await target.db.user.update({ where: { id: ben.id }, data: { first_name: "Benjamin" } });
    const second = ["employee_id,email", "E-2,ben.okafor@foreign.example"].join("\n");
    const header = await importCsv(target.db, org.id, { users: second });
    expect(header.status).toBe("FAILED");
    expect(header.error).toMatch(/users file, line 1: no first_name, last_name column/);

    const renamed = [
      "employee_id,email,first name,last name",
      "E-2,ben.okafor@foreign.example,Benjamin,Okafor",
    ].join("\n");
    const updated = await importCsv(target.db, org.id, { users: renamed });
    expect(updated.totals).toMatchObject({ updated: 1, created: 0, rejected: 0 });
    const moved = await target.db.user.findUniqueOrThrow({ where: { id: ben.id } });
    expect(moved).toMatchObject({ email: "ben.okafor@foreign.example", first_name: "Benjamin" });
    expect(moved.created_at).toEqual(ben.created_at); // no created_at column: kept
  });

  it("imports relation files by e-mail or external id and reports bad rows by line and column", async () => {
    const org = await createOrganization(target.db, { name: "Skills", slug: "skills-org" });
    await importCsv(target.db, org.id, {
      users: "email,first_name,last_name,external_id\ncleo@skills.example,Cleo,Ng,S-1\n",
    });
    const skills = [
      "email,external_id,skill,level,category",
      "cleo@skills.example,,TypeScript,ADVANCED,Programming",
      ",S-1,SQL,EXPERT,Data",
      "nobody@skills.example,,Go,BEGINNER,Programming",
      "cleo@skills.example,,Rust,WIZARD,Programming",
      '"cleo@skills.example",,"Line',
      'break",BEGINNER,Text',
    ].join("\r\n");
    const result = await importCsv(target.db, org.id, { skills });
    expect(result.status).toBe("SUCCEEDED");
    expect(result.progress.files.skills).toMatchObject({ rows: 5, created: 3, rejected: 2 });
    expect(result.rejections).toEqual([
      {
        kind: "skills",
        line: 4,
        field: "email",
        message: "no user of the organization has it (import users.csv first)",
      },
      {
        kind: "skills",
        line: 5,
        field: "proficiency_level",
        message: expect.stringMatching(/proficiency level/) as unknown,
      },
    ]);
    const names = await target.db.userSkill.findMany({
      where: { user: { email: "cleo@skills.example" } },
      select: { skill_name: true },
      orderBy: { skill_name: "asc" },
    });
    expect(names.map((skill) => skill.skill_name)).toEqual(["Line\r\nbreak", "SQL", "TypeScript"]);
  });

  it("refuses rows for another organization's users", async () => {
    const other = await createOrganization(target.db, { name: "Other", slug: "other-org" });
    const outsider = await createUser(target.db, {
      organization_id: other.id,
      email: "outsider@other.example",
    });
    const org = await createOrganization(target.db, { name: "Mine", slug: "mine-org" });
    const result = await importCsv(target.db, org.id, {
      users: "email,first_name,last_name\noutsider@other.example,Mallory,X\n",
      goals:
        "email,title,goal_type,start_date,target_date\noutsider@other.example,Take over,CUSTOM,2026-01-01,2026-02-01\n",
    });
    expect(result.rejections.map((row) => [row.kind, row.line, row.field, row.message])).toEqual([
      ["users", 2, "email", "e-mail already in use"],
      ["goals", 2, "email", "no user of the organization has it (import users.csv first)"],
    ]);
    const unchanged = await target.db.user.findUniqueOrThrow({ where: { id: outsider.id } });
    expect(unchanged).toEqual(outsider);
  });

  it("reads an empty content-type list as none, and a row without preference cells as no preferences", async () => {
    const org = await createOrganization(target.db, { name: "Lists", slug: "lists" });
    const result = await importCsv(target.db, org.id, {
      users: [
        "email,first_name,last_name,visual_score,preferred_content_types",
        "eve@lists.example,Eve,Moss,0.9,",
        "fay@lists.example,Fay,Moss,,",
      ].join("\n"),
    });
    expect(result.rejections).toEqual([]);
    const users = await target.db.user.findMany({
      where: { organization_id: org.id },
      select: { email: true, learning_preferences: true },
      orderBy: { email: "asc" },
    });
    expect(users[0]?.learning_preferences).toMatchObject({
      visual_score: 0.9,
      preferred_content_types: [],
      pace_preference: "MODERATE",
    });
    expect(users[1]?.learning_preferences).toBeNull();
  });

  it("takes the Import page's column mapping", async () => {
    const org = await createOrganization(target.db, { name: "Mapped", slug: "mapped" });
    const result = await importCsv(
      target.db,
      org.id,
      { users: "Courriel,Prénom,Nom,Ignore me\ndora@mapped.example,Dora,Lee,x\n" },
      { mapping: { Courriel: "email", Prénom: "first_name", Nom: "last_name", "Ignore me": "" } },
    );
    expect(result.rejections).toEqual([]);
    expect(result.totals).toMatchObject({ created: 1 });
  });

  it("creates new users ACTIVE or PENDING, and invites them when asked, in the admin's name", async () => {
    const org = await createOrganization(target.db, { name: "Invites", slug: "invites" });
    const admin = await createUser(target.db, {
      organization_id: org.id,
      email: "boss@invites.example",
      role: "ORG_ADMIN",
    });
    const users = "email,first_name,last_name,status\nnew@invites.example,Nia,Obi,ACTIVE\n";
    const noInviter = await importCsv(target.db, org.id, { users }, { sendInvitations: true });
    expect(noInviter).toMatchObject({
      status: "FAILED",
      error: expect.stringMatching(/inviter/) as unknown,
    });
    expect(await target.db.user.count({ where: { organization_id: org.id } })).toBe(1);

    const invited = await importCsv(
      target.db,
      org.id,
      { users },
      { createdBy: admin.id, sendInvitations: true, newUserStatus: "PENDING" },
    );
    expect(invited.totals).toMatchObject({ created: 1, rejected: 0 });
    const user = await target.db.user.findUniqueOrThrow({
      where: { email: "new@invites.example" },
      include: { invitations_received: true, activities: true },
    });
    expect(user.status).toBe("PENDING");
    expect(user.invitations_received).toMatchObject([
      { status: "PENDING", invited_by: admin.id, role: "LEARNER", organization_id: org.id },
    ]);
    expect(
      user.activities
        .map(({ activity_type, actor_id }) => ({ activity_type, actor_id }))
        .sort((a, b) => a.activity_type.localeCompare(b.activity_type)),
    ).toEqual([
      { activity_type: "DATA_IMPORTED", actor_id: admin.id },
      { activity_type: "INVITATION_SENT", actor_id: admin.id },
    ]);
    const mail = await target.db.emailOutbox.findMany({
      where: { to_email: "new@invites.example" },
    });
    expect(mail).toMatchObject([{ template: "invitation", organization_id: org.id }]);

    // Importing the same file again invites nobody twice; ACTIVE without invitations is the default.
    const again = await importCsv(
      target.db,
      org.id,
      { users },
      { createdBy: admin.id, sendInvitations: true },
    );
    expect(again.totals).toMatchObject({ created: 0 });
    expect(await target.db.userInvitation.count({ where: { user_id: user.id } })).toBe(1);
    await importCsv(
      target.db,
      org.id,
      {
        users: "email,first_name,last_name,status\nsecond@invites.example,Sol,Ade,PENDING\n",
      },
      { newUserStatus: "ACTIVE" },
    );
    const second = await target.db.user.findUniqueOrThrow({
      where: { email: "second@invites.example" },
    });
    expect(second.status).toBe("ACTIVE");
    expect(await target.db.userInvitation.count({ where: { user_id: second.id } })).toBe(0);
  });
});
