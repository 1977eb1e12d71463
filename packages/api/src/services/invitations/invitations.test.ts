import { createTestDatabase, createUser } from "@ums/db/testing";
import { describe, expect, it, vi } from "vitest";

import { deliverEmails } from "../../jobs/deliver-emails";
import { expireInvitations } from "../../jobs/expire-invitations";
import { sendInvitationReminders } from "../../jobs/send-invitation-reminders";
import { callerAs, createWorld, testSettings } from "../../testing";
import { hashInvitationToken } from "./invitation-token";

const { db } = await createTestDatabase();
const world = await createWorld(db);
const admin = callerAs(db, world.a.orgAdmin);
const day = 86_400_000;

let n = 0;
const newEmail = () => `invitee-${++n}@example.test`;
const tokenOf = (url: string) => url.split("/invite/")[1] ?? "";
const invitationRow = (id: string) => db.userInvitation.findUniqueOrThrow({ where: { id } });
const outboxFor = (email: string) =>
  db.emailOutbox.findMany({ where: { to_email: email }, orderBy: { created_at: "asc" } });
const activityTypes = async (userId: string) =>
  (
    await db.userActivity.findMany({ where: { user_id: userId }, orderBy: { created_at: "asc" } })
  ).map((activity) => activity.activity_type);

describe("inviting one person", () => {
  it("creates a PENDING user and invitation, queues the e-mail and returns the link once", async () => {
    const email = newEmail();
    const result = await admin.invitations.create({
      email,
      role: "INSTRUCTOR",
      first_name: "Ines",
    });
    expect(result.user).toMatchObject({
      email,
      status: "PENDING",
      role: "INSTRUCTOR",
      first_name: "Ines",
      last_name: "",
    });
    expect(result.invitation).toMatchObject({
      status: "PENDING",
      role: "INSTRUCTOR",
      reminder_count: 0,
    });
    const token = tokenOf(result.invitation_url);
    expect(result.invitation_url).toBe(`${testSettings.APP_URL}/invite/${token}`);

    const row = await invitationRow(result.invitation.id);
    expect(row.invitation_token).toBe(hashInvitationToken(token));
    expect(row.expires_at.getTime() - row.sent_at.getTime()).toBe(
      testSettings.INVITATION_EXPIRES_IN,
    );
    const [mail] = await outboxFor(email);
    expect(mail).toMatchObject({
      template: "invitation",
      status: "PENDING",
      organization_id: world.a.organizationId,
    });
    // The link is in the e-mail, and the e-mail body is stored encrypted: nowhere in clear.
    const everything = JSON.stringify([
      row,
      await outboxFor(email),
      await db.userActivity.findMany(),
    ]);
    expect(everything).not.toContain(token);
    expect(await activityTypes(result.user.id)).toEqual(["USER_CREATED", "INVITATION_SENT"]);
  });

  it("refuses an active member, offers reactivation for a deactivated one, and names the pending invitation", async () => {
    const active = await createUser(db, { organization_id: world.a.organizationId });
    await expect(admin.invitations.create({ email: active.email })).rejects.toMatchObject({
      appCode: "CONFLICT",
      message: "This person is already an active member of the organization",
      details: [{ path: "email" }],
    });
    const inactive = await createUser(db, {
      organization_id: world.a.organizationId,
      status: "INACTIVE",
    });
    await expect(admin.invitations.create({ email: inactive.email })).rejects.toMatchObject({
      appCode: "CONFLICT",
      message: "This person is a deactivated member: reactivate them instead",
    });
    const email = newEmail();
    await admin.invitations.create({ email });
    await expect(admin.invitations.create({ email })).rejects.toMatchObject({
      appCode: "CONFLICT",
      message: "This person already has a pending invitation: resend it instead",
    });
    const elsewhere = await createUser(db, { organization_id: world.b.organizationId });
    await expect(admin.invitations.create({ email: elsewhere.email })).rejects.toMatchObject({
      appCode: "CONFLICT",
    });
  });

  it("gives one invitation when the same e-mail is invited twice at once", async () => {
    const email = newEmail();
    const results = await Promise.allSettled([
      admin.invitations.create({ email }),
      admin.invitations.create({ email }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.userInvitation.count({ where: { email } })).toBe(1);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("lets only super admins invite a SUPER_ADMIN", async () => {
    await expect(
      admin.invitations.create({ email: newEmail(), role: "SUPER_ADMIN" }),
    ).rejects.toMatchObject({
      appCode: "FORBIDDEN",
    });
    const created = await callerAs(db, world.superAdmin).invitations.create({
      email: newEmail(),
      role: "SUPER_ADMIN",
    });
    expect(created.invitation.role).toBe("SUPER_ADMIN");
  });
});

describe("inviting many people at once", () => {
  it("reports each row as created or skipped, with the reason", async () => {
    const taken = await createUser(db, { organization_id: world.a.organizationId });
    const fresh = newEmail();
    const other = newEmail();
    const result = await admin.invitations.bulkCreate({
      invitations: [
        { email: fresh, first_name: "Fresh" },
        { email: "not-an-email" },
        { email: fresh.toUpperCase() },
        { email: taken.email },
        { email: other, role: "SUPER_ADMIN" },
        { email: newEmail(), role: "LEARNER", temporary_password: "short" },
        "nonsense",
        { email: other, role: "INSTRUCTOR", temporary_password: "a long temporary password" },
      ],
    });
    expect(result.results.map((row) => [row.index, row.status])).toEqual([
      [0, "created"],
      [1, "skipped"],
      [2, "skipped"],
      [3, "skipped"],
      [4, "skipped"],
      [5, "skipped"],
      [6, "skipped"],
      [7, "created"],
    ]);
    expect(result).toMatchObject({ created: 2, skipped: 6 });
    const reasons = result.results.map((row) =>
      row.status === "skipped" ? row.reason : "created",
    );
    expect(reasons[1]).toMatch(/email/);
    expect(reasons[2]).toMatch(/repeats the e-mail address of row 0/);
    expect(reasons[3]).toMatch(/already an active member/);
    expect(reasons[4]).toMatch(/platform administrator/);
    expect(reasons[5]).toMatch(/temporary_password/);
    const withPassword = await db.userInvitation.findFirstOrThrow({ where: { email: other } });
    expect(withPassword.temporary_password).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(withPassword)).not.toContain("a long temporary password");
  });

  it("refuses more than 500 rows", async () => {
    await expect(
      admin.invitations.bulkCreate({
        invitations: Array.from({ length: 501 }, (_, i) => ({ email: `x${i}@example.test` })),
      }),
    ).rejects.toMatchObject({ appCode: "VALIDATION_FAILED", details: [{ path: "invitations" }] });
  });
});

describe("the lifecycle", () => {
  it("reminds at the interval up to the maximum, resends with a new link, revokes, expires and re-invites", async () => {
    const email = newEmail();
    const sentAt = new Date("2026-11-01T09:00:00Z");
    const created = await callerAs(db, world.a.orgAdmin).invitations.create({ email });
    // Pretend it was sent at sentAt, so the jobs can be driven with a clock.
    await db.userInvitation.update({
      where: { id: created.invitation.id },
      data: { sent_at: sentAt, expires_at: new Date(sentAt.getTime() + 7 * day) },
    });
    const deps = (at: Date) => ({ db, now: () => at, settings: testSettings });
    const remind = (at: Date) => sendInvitationReminders(deps(at));

    expect(await remind(new Date(sentAt.getTime() + 1 * day))).toBe(0); // REMINDER_INTERVAL is 2 days
    expect(await remind(new Date(sentAt.getTime() + 2 * day))).toBe(1);
    expect(await remind(new Date(sentAt.getTime() + 2 * day + 1000))).toBe(0); // not twice
    expect(await remind(new Date(sentAt.getTime() + 4 * day))).toBe(1);
    expect(await remind(new Date(sentAt.getTime() + 6 * day))).toBe(1);
    expect(await remind(new Date(sentAt.getTime() + 6.9 * day))).toBe(0); // MAX_REMINDER_COUNT is 3
    const reminded = await invitationRow(created.invitation.id);
    expect(reminded).toMatchObject({
      reminder_count: 3,
      reminder_sent_at: new Date(sentAt.getTime() + 6 * day),
    });
    expect((await outboxFor(email)).map((mail) => mail.template)).toEqual([
      "invitation",
      "invitation-reminder",
      "invitation-reminder",
      "invitation-reminder",
    ]);
    // Each reminder carried a new link: the first one is dead.
    expect(reminded.invitation_token).not.toBe(
      hashInvitationToken(tokenOf(created.invitation_url)),
    );

    // Expiry: the job marks it EXPIRED (once), and no reminder goes out for it.
    expect(await expireInvitations(deps(new Date(sentAt.getTime() + 8 * day)))).toBe(1);
    expect(await expireInvitations(deps(new Date(sentAt.getTime() + 8 * day)))).toBe(0);
    expect((await invitationRow(created.invitation.id)).status).toBe("EXPIRED");

    // Resend revives it with a fresh expiry and a new link; the counters stay truthful.
    const resent = await admin.invitations.resend({ invitation_id: created.invitation.id });
    expect(resent).toMatchObject({ status: "PENDING", reminder_count: 3 });
    expect(Date.parse(resent.expires_at)).toBeGreaterThan(Date.now() + 6 * day);
    expect((await invitationRow(resent.id)).invitation_token).toBe(
      hashInvitationToken(tokenOf(resent.invitation_url)),
    );

    // Revoke: CANCELLED; again: no change; a cancelled one cannot be resent.
    expect(await admin.invitations.revoke({ invitation_id: resent.id })).toMatchObject({
      status: "CANCELLED",
    });
    expect(await admin.invitations.revoke({ invitation_id: resent.id })).toMatchObject({
      status: "CANCELLED",
    });
    await expect(admin.invitations.resend({ invitation_id: resent.id })).rejects.toMatchObject({
      appCode: "CONFLICT",
    });

    // Re-inviting after a cancelled (or expired) invitation works, for the same PENDING user.
    const again = await admin.invitations.create({ email, first_name: "Back" });
    expect(again.user.id).toBe(created.user.id);
    expect(again.user.first_name).toBe("Back");
    expect(await activityTypes(created.user.id)).toEqual([
      "USER_CREATED",
      "INVITATION_SENT",
      "INVITATION_REMINDED",
      "INVITATION_REMINDED",
      "INVITATION_REMINDED",
      "INVITATION_EXPIRED",
      "INVITATION_RESENT",
      "INVITATION_REVOKED",
      "INVITATION_SENT",
    ]);
  });

  it("two reminder runs at once remind each invitation once", async () => {
    const email = newEmail();
    const created = await admin.invitations.create({ email });
    const sentAt = new Date(Date.now() - 3 * day);
    await db.userInvitation.update({
      where: { id: created.invitation.id },
      data: { sent_at: sentAt },
    });
    const deps = { db, now: () => new Date(), settings: testSettings };
    await Promise.all([sendInvitationReminders(deps), sendInvitationReminders(deps)]);
    expect((await invitationRow(created.invitation.id)).reminder_count).toBe(1);
  });
});

describe("the invitation list", () => {
  it("filters by status and e-mail, sorts by sent or expiry date, pages, and counts per status", async () => {
    const organization = world.b.organizationId;
    const bAdmin = callerAs(db, world.b.orgAdmin);
    const emails = Array.from({ length: 7 }, (_, i) => `list-${i}@listing.example.test`);
    const ids: string[] = [];
    for (const [i, email] of emails.entries()) {
      const created = await bAdmin.invitations.create({ email });
      ids.push(created.invitation.id);
      await db.userInvitation.update({
        where: { id: created.invitation.id },
        data: {
          sent_at: new Date(Date.UTC(2026, 10, 1 + i)),
          expires_at: new Date(Date.UTC(2026, 10, 20 - i)),
        },
      });
    }
    await bAdmin.invitations.revoke({ invitation_id: ids[0] ?? "" });

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await bAdmin.invitations.list({
        search: "LISTING",
        sort: "sent_at",
        order: "asc",
        limit: 3,
        include_totals: true,
        ...(cursor ? { cursor } : {}),
      });
      expect(page.totals).toEqual({ PENDING: 6, ACCEPTED: 0, EXPIRED: 0, CANCELLED: 1 });
      seen.push(...page.items.map((item) => item.email));
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(emails);

    const byExpiry = await bAdmin.invitations.list({
      search: "listing",
      sort: "expires_at",
      order: "asc",
      status: "PENDING",
    });
    expect(byExpiry.items.map((item) => item.email)).toEqual([...emails.slice(1)].reverse());
    expect(byExpiry.items[0]?.invited_by_user).toMatchObject({ id: world.b.orgAdmin.userId });
    expect(JSON.stringify(byExpiry)).not.toMatch(/invitation_token|temporary_password/);
    await expect(bAdmin.invitations.list({ cursor: "nope" })).rejects.toMatchObject({
      appCode: "VALIDATION_FAILED",
      details: [{ path: "cursor" }],
    });
    expect(organization).toBeDefined();
  });
});

describe("accepting", () => {
  const anonymous = callerAs(db, null);
  const password = "correct horse battery staple 42";

  it("shows what the invitation is, then activates the member with their password", async () => {
    const email = newEmail();
    const created = await admin.invitations.create({
      email,
      role: "INSTRUCTOR",
      first_name: "Ana",
    });
    const token = tokenOf(created.invitation_url);
    expect(await anonymous.invitations.describe({ token })).toMatchObject({
      email,
      organization_name: "Alpha",
      role: "INSTRUCTOR",
      first_name: "Ana",
      requires_temporary_password: false,
    });

    const accepted = await anonymous.invitations.accept({ token, password, last_name: "Lopes" });
    expect(accepted).toMatchObject({
      user_id: created.user.id,
      role: "INSTRUCTOR",
      must_change_password: false,
    });
    const user = await db.user.findUniqueOrThrow({
      where: { id: created.user.id },
      include: { credential: true },
    });
    expect(user).toMatchObject({ status: "ACTIVE", first_name: "Ana", last_name: "Lopes" });
    expect(user.credential?.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(user)).not.toContain(password);
    const invitation = await invitationRow(created.invitation.id);
    expect(invitation.status).toBe("ACCEPTED");
    expect(invitation.accepted_at).not.toBeNull();
    expect((await activityTypes(user.id)).at(-1)).toBe("INVITATION_ACCEPTED");

    // Twice: its own clear error, nothing changes.
    await expect(
      anonymous.invitations.accept({ token, password: "another password 123" }),
    ).rejects.toMatchObject({
      appCode: "CONFLICT",
      message: "This invitation has already been accepted: sign in instead",
    });
  });

  it("gives an unknown, an expired and a cancelled link each its own error, changing nothing", async () => {
    await expect(
      anonymous.invitations.accept({ token: "x".repeat(43), password }),
    ).rejects.toMatchObject({
      appCode: "NOT_FOUND",
      details: [{ path: "token", message: "unknown" }],
    });
    const expired = await admin.invitations.create({ email: newEmail() });
    await db.userInvitation.update({
      where: { id: expired.invitation.id },
      data: { expires_at: new Date(Date.now() - 1000) },
    });
    await expect(
      anonymous.invitations.accept({ token: tokenOf(expired.invitation_url), password }),
    ).rejects.toMatchObject({
      details: [{ path: "token", message: "expired" }],
    });
    const cancelled = await admin.invitations.create({ email: newEmail() });
    await admin.invitations.revoke({ invitation_id: cancelled.invitation.id });
    await expect(
      anonymous.invitations.describe({ token: tokenOf(cancelled.invitation_url) }),
    ).rejects.toMatchObject({
      details: [{ path: "token", message: "cancelled" }],
    });
    for (const id of [expired.user.id, cancelled.user.id]) {
      expect((await db.user.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
      expect(await db.userCredential.count({ where: { user_id: id } })).toBe(0);
    }
  });

  it("kills the old link on resend", async () => {
    const created = await admin.invitations.create({ email: newEmail() });
    const resent = await admin.invitations.resend({ invitation_id: created.invitation.id });
    await expect(
      anonymous.invitations.accept({ token: tokenOf(created.invitation_url), password }),
    ).rejects.toMatchObject({
      appCode: "NOT_FOUND",
    });
    await expect(
      anonymous.invitations.accept({ token: tokenOf(resent.invitation_url), password }),
    ).resolves.toMatchObject({
      user_id: created.user.id,
    });
  });

  it("lets exactly one of two simultaneous accepts of one link succeed", async () => {
    const created = await admin.invitations.create({ email: newEmail() });
    const token = tokenOf(created.invitation_url);
    const results = await Promise.allSettled([
      anonymous.invitations.accept({ token, password }),
      anonymous.invitations.accept({ token, password: "a different password 99" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(
      await db.userActivity.count({
        where: { user_id: created.user.id, activity_type: "INVITATION_ACCEPTED" },
      }),
    ).toBe(1);
  });

  it("with a temporary password: required, and alone it must be replaced at the first sign-in", async () => {
    const temporary = "temporary password 2026";
    const created = await admin.invitations.create({
      email: newEmail(),
      temporary_password: temporary,
    });
    const token = tokenOf(created.invitation_url);
    expect((await anonymous.invitations.describe({ token })).requires_temporary_password).toBe(
      true,
    );
    await expect(anonymous.invitations.accept({ token, password })).rejects.toMatchObject({
      appCode: "UNAUTHENTICATED",
      details: [{ path: "temporary_password" }],
    });
    await expect(
      anonymous.invitations.accept({ token, temporary_password: "wrong one" }),
    ).rejects.toMatchObject({
      appCode: "UNAUTHENTICATED",
    });
    const accepted = await anonymous.invitations.accept({ token, temporary_password: temporary });
    expect(accepted.must_change_password).toBe(true);
    const credential = await db.userCredential.findUniqueOrThrow({
      where: { user_id: created.user.id },
    });
    expect(credential.must_change_password).toBe(true);
    // The invitation no longer keeps the temporary password's hash.
    expect((await invitationRow(created.invitation.id)).temporary_password).toBeNull();
  });

  it("applies the password policy, changing nothing when it is refused", async () => {
    const created = await admin.invitations.create({ email: newEmail() });
    await expect(
      anonymous.invitations.accept({
        token: tokenOf(created.invitation_url),
        password: "password123",
      }),
    ).rejects.toMatchObject({
      appCode: "VALIDATION_FAILED",
      details: [{ path: "password" }],
    });
    expect((await invitationRow(created.invitation.id)).status).toBe("PENDING");
  });
});

describe("secrets", () => {
  it("never stores or logs a token or a temporary password in clear", async () => {
    const logged: string[] = [];
    const methods = ["log", "info", "warn", "error", "debug"] as const;
    const spies = methods.map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(
          args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" "),
        );
      }),
    );
    try {
      const temporary = "temporary secret 24680";
      const email = newEmail();
      const created = await admin.invitations.create({ email, temporary_password: temporary });
      const resent = await admin.invitations.resend({ invitation_id: created.invitation.id });
      await db.userInvitation.update({
        where: { id: created.invitation.id },
        data: { sent_at: new Date(Date.now() - 3 * day) },
      });
      await sendInvitationReminders({ db, now: () => new Date(), settings: testSettings });
      // The development mailbox (no SMTP_URL): delivery writes a log line for each message.
      await deliverEmails(
        { db, now: () => new Date(Date.now() + 1000), settings: testSettings },
        { log: (line) => logged.push(line) },
      );
      const tokens = [tokenOf(created.invitation_url), tokenOf(resent.invitation_url)];

      const rows = JSON.stringify([
        await db.userInvitation.findMany({ where: { email } }),
        await db.emailOutbox.findMany({ where: { to_email: email } }),
        await db.userActivity.findMany({ where: { user_id: created.user.id } }),
      ]);
      expect(logged.join("\n")).toContain(email); // the mailbox did log its lines
      for (const secret of [...tokens, temporary]) {
        expect(rows).not.toContain(secret);
        expect(logged.join("\n")).not.toContain(secret);
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
