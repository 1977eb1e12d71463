import { randomBytes } from "node:crypto";

import { createOrganization, createTestDatabase } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { testSettings } from "../../testing";
import { decryptBody } from "./body-encryption";
import type { EmailMessage } from "./email-message";
import { enqueueEmail, type EmailBody } from "./enqueue-email";

const { db } = await createTestDatabase();
const organization = await createOrganization(db, { name: "Enqueue Org" });

const newToken = () => `tok_${randomBytes(24).toString("base64url")}`;

function invitationMessage(token: string, to = "invitee@example.test"): EmailMessage {
  return {
    template: "invitation",
    to,
    organizationId: organization.id,
    data: {
      organizationName: "Enqueue Org",
      inviterName: "Ada Admin",
      role: "LEARNER",
      invitationUrl: `${testSettings.APP_URL}/invitations/accept?token=${token}`,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
      firstName: null,
    },
  };
}

/** Every column of the row as PostgreSQL itself renders it. */
async function rawRowJson(id: string): Promise<string> {
  const [row] = await db.$queryRaw<{ json: string }[]>`
    SELECT row_to_json(o)::text AS json FROM "email_outbox" o WHERE "id" = ${id}::uuid`;
  return row?.json ?? "";
}

class Rollback extends Error {}

describe("enqueueEmail", () => {
  it("inserts one PENDING row, due now, with the body encrypted and no token in clear", async () => {
    const token = newToken();
    const before = Date.now();
    const { id } = await db.$transaction((tx) =>
      enqueueEmail(tx, testSettings, invitationMessage(token)),
    );
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      organization_id: organization.id,
      to_email: "invitee@example.test",
      template: "invitation",
      subject: "You are invited to join Enqueue Org",
      status: "PENDING",
      attempts: 0,
      last_error: null,
      sent_at: null,
    });
    expect(row.next_attempt_at.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(row.next_attempt_at.getTime()).toBeLessThanOrEqual(Date.now());

    const raw = await rawRowJson(id);
    expect(raw).toContain(id);
    expect(raw).not.toContain(token);
    expect(raw).not.toContain("/invitations/accept");

    const body = JSON.parse(decryptBody(testSettings, row.body_encrypted ?? "", id)) as EmailBody;
    expect(body.text).toContain(`/invitations/accept?token=${token}`);
    expect(body.html).toContain(`/invitations/accept?token=${token}`);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const token = newToken();
    const count = await db.emailOutbox.count();
    let queuedId = "";
    await expect(
      db.$transaction(async (tx) => {
        queuedId = (await enqueueEmail(tx, testSettings, invitationMessage(token))).id;
        // Seen inside the transaction…
        expect(await tx.emailOutbox.count({ where: { id: queuedId } })).toBe(1);
        throw new Rollback("the invitation failed");
      }),
    ).rejects.toThrow(Rollback);
    // …and gone with it.
    expect(queuedId).not.toBe("");
    expect(await db.emailOutbox.count({ where: { id: queuedId } })).toBe(0);
    expect(await db.emailOutbox.count()).toBe(count);
  });

  it("queues platform mail without an organization, under the configured key", async () => {
    const settings = { ...testSettings, OUTBOX_ENCRYPTION_KEY: "k".repeat(40) };
    const token = newToken();
    const { id } = await db.$transaction((tx) =>
      enqueueEmail(tx, settings, {
        template: "password-reset",
        to: "super@example.test",
        organizationId: null,
        data: {
          firstName: "Sam",
          resetUrl: `${testSettings.APP_URL}/reset-password?token=${token}`,
          expiresAt: new Date(Date.now() + 3_600_000),
        },
      }),
    );
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ organization_id: null, template: "password-reset" });
    expect(await rawRowJson(id)).not.toContain(token);
    expect(() => decryptBody(testSettings, row.body_encrypted ?? "", id)).toThrow();
    expect(decryptBody(settings, row.body_encrypted ?? "", id)).toContain(token);
  });
});
