import { randomUUID } from "node:crypto";

import { createTestDatabase } from "@ums/db/testing";
import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "../../auth/actor";
import { createContextInner } from "../../context";
import { deliverEmails } from "../../jobs/deliver-emails";
import { createCaller } from "../../root";
import { callerAs, createWorld, testMeta, testSettings, type World } from "../../testing";
import { enqueueEmail } from "./enqueue-email";

const { db } = await createTestDatabase();
let world: World;

const base = new Date("2025-03-01T10:00:00.000Z");
const minutes = (count: number) => new Date(base.getTime() + count * 60_000);

/** Queues an invitation for `to` in `organizationId`, created at `createdAt`. */
async function queue(organizationId: string, to: string, createdAt: Date) {
  const { id } = await db.$transaction((tx) =>
    enqueueEmail(tx, testSettings, {
      template: "invitation",
      to,
      organizationId,
      data: {
        organizationName: "Org",
        inviterName: null,
        role: "LEARNER",
        invitationUrl: `${testSettings.APP_URL}/invitations/accept?token=token-for-${to}`,
        expiresAt: new Date(createdAt.getTime() + 7 * 86_400_000),
        firstName: null,
      },
    }),
  );
  await db.emailOutbox.update({ where: { id }, data: { created_at: createdAt } });
  return id;
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  world = await createWorld(db);
  // A: five messages a minute apart; B: two.
  for (let i = 0; i < 5; i++)
    ids[`a${i}`] = await queue(world.a.organizationId, `a${i}@example.test`, minutes(i));
  for (let i = 0; i < 2; i++)
    ids[`b${i}`] = await queue(world.b.organizationId, `b${i}@example.test`, minutes(10 + i));
  // a0 and a1 delivered (development mailbox: bodies kept).
  await db.emailOutbox.updateMany({
    where: { id: { notIn: [ids.a0 ?? "", ids.a1 ?? ""] } },
    data: { next_attempt_at: new Date("2999-01-01T00:00:00Z") },
  });
  await deliverEmails(
    { db, now: () => new Date(), settings: testSettings },
    { log: () => undefined },
  );
});

const smtpCaller = (actor: Actor) =>
  createCaller(
    createContextInner({
      db,
      actor,
      meta: testMeta,
      settings: { ...testSettings, SMTP_URL: "smtp://127.0.0.1:2525" },
    }),
  );

describe("emails.mailbox", () => {
  it("shows an org admin their organization's messages, newest first, without bodies", async () => {
    const page = await callerAs(db, world.a.orgAdmin).emails.mailbox({});
    expect(page.items.map((item) => item.to_email)).toEqual([
      "a4@example.test",
      "a3@example.test",
      "a2@example.test",
      "a1@example.test",
      "a0@example.test",
    ]);
    expect(page.next_cursor).toBeNull();
    expect(Object.keys(page.items[0] ?? {}).sort()).toEqual(
      [
        "attempts",
        "created_at",
        "id",
        "last_error",
        "organization_id",
        "sent_at",
        "status",
        "subject",
        "template",
        "to_email",
      ].sort(),
    );
  });

  it("pages with a cursor, and filters by status", async () => {
    const caller = callerAs(db, world.a.orgAdmin);
    const first = await caller.emails.mailbox({ limit: 2 });
    expect(first.items.map((item) => item.id)).toEqual([ids.a4, ids.a3]);
    const second = await caller.emails.mailbox({ limit: 2, cursor: first.next_cursor ?? "" });
    expect(second.items.map((item) => item.id)).toEqual([ids.a2, ids.a1]);
    const third = await caller.emails.mailbox({ limit: 2, cursor: second.next_cursor ?? "" });
    expect(third.items.map((item) => item.id)).toEqual([ids.a0]);
    expect(third.next_cursor).toBeNull();

    const sent = await caller.emails.mailbox({ status: "SENT" });
    expect(sent.items.map((item) => item.id)).toEqual([ids.a1, ids.a0]);
    expect(sent.items[0]?.sent_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect((await caller.emails.mailbox({ status: "FAILED" })).items).toEqual([]);

    await expect(caller.emails.mailbox({ cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("keeps each organization's mail to itself; super admins see all or filter", async () => {
    await expect(
      callerAs(db, world.a.orgAdmin).emails.mailbox({ organization_id: world.b.organizationId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await callerAs(db, world.b.orgAdmin).emails.mailbox({
      organization_id: world.b.organizationId,
    });
    expect(own.items.map((item) => item.id)).toEqual([ids.b1, ids.b0]);

    const all = await callerAs(db, world.superAdmin).emails.mailbox({ limit: 100 });
    expect(all.items).toHaveLength(7);
    const onlyB = await callerAs(db, world.superAdmin).emails.mailbox({
      organization_id: world.b.organizationId,
    });
    expect(onlyB.items.map((item) => item.id)).toEqual([ids.b1, ids.b0]);
  });

  it("is for administrators only", async () => {
    for (const actor of [world.a.learner, world.a.instructor, world.a.keyAllScopes]) {
      await expect(callerAs(db, actor).emails.mailbox({})).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(callerAs(db, null).emails.mailbox({})).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("emails.read", () => {
  it("returns a message with its decrypted text and HTML, in the development mailbox", async () => {
    const message = await callerAs(db, world.a.orgAdmin).emails.read({ email_id: ids.a0 ?? "" });
    expect(message).toMatchObject({ id: ids.a0, to_email: "a0@example.test", status: "SENT" });
    expect(message.text).toContain("/invitations/accept?token=token-for-a0@example.test");
    expect(message.html).toContain("<h1");
    expect(message.html).toContain("/invitations/accept?token=token-for-a0@example.test");
    // Super admins read any organization's.
    const other = await callerAs(db, world.superAdmin).emails.read({ email_id: ids.b0 ?? "" });
    expect(other.text).toContain("token-for-b0@example.test");
  });

  it("reports another organization's message, or an unknown one, as NOT_FOUND", async () => {
    for (const email_id of [ids.b0 ?? "", randomUUID()]) {
      await expect(callerAs(db, world.a.orgAdmin).emails.read({ email_id })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "Message not found",
      });
    }
  });

  it("is FORBIDDEN when SMTP is configured: bodies then go to recipients and are erased", async () => {
    for (const actor of [world.a.orgAdmin, world.superAdmin]) {
      await expect(smtpCaller(actor).emails.read({ email_id: ids.a0 ?? "" })).rejects.toMatchObject(
        {
          code: "FORBIDDEN",
          message: expect.stringMatching(/development mailbox \(SMTP_URL unset\)/) as unknown,
        },
      );
    }
    // The list stays available.
    expect((await smtpCaller(world.a.orgAdmin).emails.mailbox({})).items).toHaveLength(5);
  });

  it("is for administrators only", async () => {
    await expect(
      callerAs(db, world.a.learner).emails.read({ email_id: ids.a0 ?? "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
