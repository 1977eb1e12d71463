import { randomBytes } from "node:crypto";
import { createServer } from "node:net";

import { createPrismaClient } from "@ums/db";
import { createOrganization, createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { UserActor } from "../auth/actor";
import { enqueueEmail } from "../services/email/enqueue-email";
import type { OutgoingEmail } from "../services/email/transport";
import { callerAs, testSettings } from "../testing";
import { deliverEmails, maxDeliveryAttempts, retryDelayMs } from "./deliver-emails";
import { deliverEmailsJob, jobs } from "./jobs";

const { db, url } = await createTestDatabase();
// A second client with its own pool: another worker process, as far as PostgreSQL can tell.
const otherWorker = createPrismaClient(url, { maxConnections: 3 });
const organization = await createOrganization(db, { name: "Mail Org" });
const minute = 60_000;

// Everything written to the console during this file, to prove no token is ever logged.
const consoleOutput: string[] = [];
beforeAll(() => {
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleOutput.push(args.map(String).join(" "));
    });
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await otherWorker.$disconnect();
});
const allTokens: string[] = [];

interface Queued {
  id: string;
  to: string;
  token: string;
  link: string;
}

/** Queues `count` invitations, each with its own token, as the invitations service would. */
async function queueInvitations(count: number): Promise<Queued[]> {
  const queued: Queued[] = [];
  for (let i = 0; i < count; i++) {
    const token = `tok_${randomBytes(24).toString("hex")}`;
    allTokens.push(token);
    const to = `person${i}.${token.slice(4, 12)}@example.test`;
    const link = `${testSettings.APP_URL}/invitations/accept?token=${token}`;
    const { id } = await db.$transaction((tx) =>
      enqueueEmail(tx, testSettings, {
        template: "invitation",
        to,
        organizationId: organization.id,
        data: {
          organizationName: "Mail Org",
          inviterName: "Ada Admin",
          role: "LEARNER",
          invitationUrl: link,
          expiresAt: new Date(Date.now() + 7 * 86_400_000),
          firstName: null,
        },
      }),
    );
    queued.push({ id, to, token, link });
  }
  return queued;
}

const rowsOf = (queued: Queued[]) =>
  db.emailOutbox.findMany({ where: { id: { in: queued.map((message) => message.id) } } });

/** Every column of every outbox row, as PostgreSQL renders it. */
async function rawOutboxJson(): Promise<string> {
  const rows = await db.$queryRaw<{ json: string }[]>`
    SELECT row_to_json(o)::text AS json FROM "email_outbox" o`;
  return rows.map((row) => row.json).join("\n");
}

/** A port nothing listens on (yet): connections to it are refused. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

interface Received {
  to: string[];
  /** the message as sent, with quoted-printable soft line breaks and escapes undone */
  content: string;
}

/** A real SMTP server on 127.0.0.1:`port` that keeps what it receives. */
async function startSmtpServer(port: number) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          content: decodeQuotedPrintable(Buffer.concat(chunks).toString("utf8")),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      resolve();
    });
  });
  return {
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A clock the test moves by hand. */
function clock(start = new Date(Date.now() + 1000)) {
  let current = start;
  return {
    now: () => current,
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

describe("deliverEmails over SMTP", () => {
  it("keeps messages while the server refuses connections, then delivers each once", async () => {
    await db.emailOutbox.deleteMany();
    const queued = await queueInvitations(3);
    const port = await freePort();
    const settings = { ...testSettings, SMTP_URL: `smtp://127.0.0.1:${port}` };
    const time = clock();
    const deps = { db, now: time.now, settings };

    // 1. Refused: the run stops at the first connection error. The message tried counts an
    //    attempt and waits 2 minutes; the others stay due, for the next run.
    expect(await deliverEmails(deps)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const afterFirst = await rowsOf(queued);
    const tried = afterFirst.filter((row) => row.attempts === 1);
    expect(tried).toHaveLength(1);
    expect(afterFirst.filter((row) => row.attempts === 0)).toHaveLength(2);
    expect(tried[0]?.last_error).toMatch(/ECONNREFUSED/);
    expect(tried[0]?.next_attempt_at.getTime()).toBe(time.now().getTime() + 2 * minute);
    for (const row of afterFirst) {
      expect(row).toMatchObject({ status: "PENDING", sent_at: null });
      expect(row.body_encrypted).not.toBeNull();
    }
    // The next runs try the others, one each; then nothing is due.
    expect(await deliverEmails(deps)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await deliverEmails(deps)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await deliverEmails(deps)).toEqual({ sent: 0, retrying: 0, failed: 0 });

    // 2. Still refused two minutes later: the wait doubles.
    time.advance(2 * minute);
    expect(await deliverEmails(deps)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const doubled = (await rowsOf(queued)).filter((row) => row.attempts === 2);
    expect(doubled).toHaveLength(1);
    expect(doubled[0]?.next_attempt_at.getTime()).toBe(time.now().getTime() + 4 * minute);
    expect(await rawOutboxJson()).not.toMatch(/tok_[0-9a-f]{48}|\/invitations\/accept/);

    // 3. The server is up: each message goes out once, with its link, and its body is erased.
    const server = await startSmtpServer(port);
    try {
      time.advance(4 * minute);
      expect(await deliverEmails(deps)).toEqual({ sent: 3, retrying: 0, failed: 0 });
      expect(server.received).toHaveLength(3);
      for (const message of queued) {
        const copies = server.received.filter((mail) => mail.to.includes(message.to));
        expect(copies).toHaveLength(1);
        const content = copies[0]?.content ?? "";
        expect(content).toContain("Subject: You are invited to join Mail Org");
        expect(content).toContain("From: Learning Platform <no-reply@localhost>");
        expect(content).toContain("text/plain");
        expect(content).toContain("text/html");
        // in the text part and twice in the HTML (button and plain link)
        expect(content.split(message.link).length - 1).toBeGreaterThanOrEqual(3);
      }
      for (const row of await rowsOf(queued)) {
        expect(row).toMatchObject({ status: "SENT", last_error: null });
        expect(row.sent_at?.getTime()).toBe(time.now().getTime());
        expect(row.body_encrypted).toBeNull();
      }

      // 4. Nothing is sent twice.
      time.advance(86_400_000);
      expect(await deliverEmails(deps)).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(server.received).toHaveLength(3);
    } finally {
      await server.close();
    }
    expect(await rawOutboxJson()).not.toMatch(/tok_[0-9a-f]{48}|\/invitations\/accept/);
  });

  it("sends each message once when two workers deliver at the same time", async () => {
    await db.emailOutbox.deleteMany();
    const queued = await queueInvitations(40);
    const port = await freePort();
    const server = await startSmtpServer(port);
    try {
      const settings = { ...testSettings, SMTP_URL: `smtp://127.0.0.1:${port}` };
      const now = () => new Date(Date.now() + 1000);
      const reports = await Promise.all([
        deliverEmails({ db, now, settings }),
        deliverEmails({ db: otherWorker, now, settings }),
      ]);
      expect(reports[0].sent + reports[1].sent).toBe(40);
      expect(server.received).toHaveLength(40);
      const recipients = server.received.flatMap((mail) => mail.to);
      expect(new Set(recipients).size).toBe(40);
      expect(recipients.sort()).toEqual(queued.map((message) => message.to).sort());
      expect(await db.emailOutbox.count({ where: { status: "SENT", body_encrypted: null } })).toBe(
        40,
      );
    } finally {
      await server.close();
    }
  });
});

describe("deliverEmails retries", () => {
  it("waits 1 minute × 2^attempts between attempts, at most 6 hours", () => {
    expect(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((attempts) => retryDelayMs(attempts) / minute),
    ).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 360, 360]);
  });

  it("gives a message up (FAILED) after its 8th failed attempt, with a short error", async () => {
    await db.emailOutbox.deleteMany();
    const [message] = await queueInvitations(1);
    let calls = 0;
    const send = () => {
      calls += 1;
      const error = new Error(
        "Message rejected: see https://user:secret@relay.example/why?token=abc\nsecond line",
      ) as Error & { code: string };
      error.code = "EMESSAGE";
      return Promise.reject(error);
    };
    const time = clock();
    const deps = { db, now: time.now, settings: testSettings };
    const waits: number[] = [];
    for (let attempt = 1; attempt <= maxDeliveryAttempts; attempt++) {
      const report = await deliverEmails(deps, { send });
      const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: message?.id ?? "" } });
      expect(row.attempts).toBe(attempt);
      expect(row.last_error).toBe("EMESSAGE: Message rejected: see [url]");
      if (attempt < maxDeliveryAttempts) {
        expect(report).toEqual({ sent: 0, retrying: 1, failed: 0 });
        expect(row.status).toBe("PENDING");
        const wait = row.next_attempt_at.getTime() - time.now().getTime();
        waits.push(wait / minute);
        // A minute early, it is not due.
        time.advance(wait - minute);
        expect(await deliverEmails(deps, { send })).toEqual({ sent: 0, retrying: 0, failed: 0 });
        time.advance(minute);
      } else {
        expect(report).toEqual({ sent: 0, retrying: 0, failed: 1 });
        expect(row.status).toBe("FAILED");
        expect(row.sent_at).toBeNull();
      }
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128]);
    expect(calls).toBe(maxDeliveryAttempts);
    // Given up: never tried again.
    time.advance(30 * 86_400_000);
    expect(await deliverEmails(deps, { send })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(calls).toBe(maxDeliveryAttempts);
  });

  it("hands the transport the decrypted message, and erases the body once accepted", async () => {
    await db.emailOutbox.deleteMany();
    const [message] = await queueInvitations(1);
    const sent: OutgoingEmail[] = [];
    const send = (outgoing: OutgoingEmail) => {
      sent.push(outgoing);
      return Promise.resolve();
    };
    const deps = { db, now: () => new Date(Date.now() + 1000), settings: testSettings };
    expect(await deliverEmails(deps, { send })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sent).toEqual([
      {
        from: testSettings.MAIL_FROM,
        to: message?.to,
        subject: "You are invited to join Mail Org",
        text: expect.stringContaining(message?.link ?? "-") as unknown,
        html: expect.stringContaining(message?.link ?? "-") as unknown,
      },
    ]);
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: message?.id ?? "" } });
    expect(row).toMatchObject({ status: "SENT", body_encrypted: null });
  });

  it("does not send a body it cannot decrypt (the key changed): it waits and retries", async () => {
    await db.emailOutbox.deleteMany();
    const [message] = await queueInvitations(1);
    const send = vi.fn(() => Promise.resolve());
    const settings = { ...testSettings, OUTBOX_ENCRYPTION_KEY: "another-key-".repeat(4) };
    const deps = { db, now: () => new Date(Date.now() + 1000), settings };
    expect(await deliverEmails(deps, { send })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(send).not.toHaveBeenCalled();
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: message?.id ?? "" } });
    expect(row.last_error).toMatch(/cannot be decrypted/);
    expect(row.body_encrypted).not.toBeNull();
  });

  it("handles at most batchSize messages per run", async () => {
    await db.emailOutbox.deleteMany();
    await queueInvitations(5);
    const send = () => Promise.resolve();
    const deps = { db, now: () => new Date(Date.now() + 1000), settings: testSettings };
    expect(await deliverEmails(deps, { send, batchSize: 2 })).toEqual({
      sent: 2,
      retrying: 0,
      failed: 0,
    });
    expect(await deliverEmails(deps, { send, batchSize: 10 })).toMatchObject({ sent: 3 });
    for (const batchSize of [0, -1, 1.5]) {
      await expect(deliverEmails(deps, { send, batchSize })).rejects.toThrow(RangeError);
    }
  });
});

describe("the development mailbox (SMTP_URL unset)", () => {
  it("keeps the message readable by admins and logs one line without the link", async () => {
    await db.emailOutbox.deleteMany();
    const [message] = await queueInvitations(1);
    const admin = await createUserWithDetails(db, {
      organization_id: organization.id,
      role: "ORG_ADMIN",
    });
    const actor: UserActor = {
      kind: "user",
      userId: admin.id,
      organizationId: organization.id,
      role: "ORG_ADMIN",
    };
    expect(testSettings.SMTP_URL).toBeUndefined();

    const linesBefore = consoleOutput.length;
    const result = await deliverEmailsJob.run({
      db,
      now: () => new Date(Date.now() + 1000),
      settings: testSettings,
    });
    expect(result).toEqual({ sent: 1, retrying: 0, failed: 0 });

    const lines = consoleOutput.slice(linesBefore);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message?.to);
    expect(lines[0]).toContain('"You are invited to join Mail Org"');
    expect(lines[0]).toContain("read it in the development mailbox");
    expect(lines[0]).not.toContain(message?.token);
    expect(lines[0]).not.toMatch(/https?:/);

    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id: message?.id ?? "" } });
    expect(row.status).toBe("SENT");
    expect(row.body_encrypted).not.toBeNull();
    expect(await rawOutboxJson()).not.toContain(message?.token);

    const read = await callerAs(db, actor).emails.read({ email_id: message?.id ?? "" });
    expect(read.text).toContain(message?.link);
    expect(read.html).toContain(message?.link);

    // Delivered once: a second run has nothing to do and logs nothing.
    expect(
      await deliverEmailsJob.run({ db, now: () => new Date(), settings: testSettings }),
    ).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(consoleOutput.length).toBe(linesBefore + 1);
  });

  it("is the deliver-emails job, run every minute", () => {
    expect(jobs).toContain(deliverEmailsJob);
    expect(deliverEmailsJob.name).toBe("deliver-emails");
    expect(deliverEmailsJob.intervalMs(testSettings)).toBe(minute);
  });

  it("never wrote a token to the console, whatever the path", () => {
    expect(allTokens.length).toBeGreaterThan(40);
    const output = consoleOutput.join("\n");
    for (const token of allTokens) expect(output).not.toContain(token);
  });
});
