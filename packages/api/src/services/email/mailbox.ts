import type { Prisma } from "@ums/db";
import { z } from "zod";

import { organizationScope } from "../../auth/actor";
import { forbidden, invalid, notFound } from "../../errors";
import type { MailboxInput } from "../../schemas/emails";
import type { ServiceContext } from "../service-context";
import { decryptBody } from "./body-encryption";
import type { EmailBody } from "./enqueue-email";

/** What the mailbox shows of a message; never its body. */
export const mailboxItemSelect = {
  id: true,
  organization_id: true,
  to_email: true,
  template: true,
  subject: true,
  status: true,
  attempts: true,
  last_error: true,
  sent_at: true,
  created_at: true,
} satisfies Prisma.EmailOutboxSelect;

const cursorSchema = z.object({ created_at: z.iso.datetime(), id: z.uuid() });
type MailboxCursor = z.infer<typeof cursorSchema>;

const encodeCursor = (cursor: MailboxCursor) =>
  Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decodeCursor(text: string): MailboxCursor {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString()));
    if (parsed.success) return parsed.data;
  } catch {
    // reported below
  }
  throw invalid("cursor", "is not a cursor of this list");
}

/** The messages of the actor's organization (super admins: all, or `organization_id`'s). */
function scopeWhere(ctx: ServiceContext, requested: string | undefined) {
  const scope = organizationScope(ctx.actor);
  if (scope !== null && requested !== undefined && requested !== scope) {
    throw notFound("Organization");
  }
  const organizationId = scope ?? requested;
  return organizationId === undefined ? {} : { organization_id: organizationId };
}

/**
 * `emails.mailbox`: the outbox, newest first, with each message's delivery state (not its body).
 * Keyset pagination on (created_at, id).
 */
export async function listMailbox(ctx: ServiceContext, input: MailboxInput) {
  const where: Prisma.EmailOutboxWhereInput = {
    ...scopeWhere(ctx, input.organization_id),
    ...(input.status === undefined ? {} : { status: input.status }),
  };
  if (input.cursor !== undefined) {
    const cursor = decodeCursor(input.cursor);
    const createdAt = new Date(cursor.created_at);
    where.OR = [
      { created_at: { lt: createdAt } },
      { created_at: createdAt, id: { lt: cursor.id } },
    ];
  }
  const rows = await ctx.db.emailOutbox.findMany({
    where,
    orderBy: [{ created_at: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: mailboxItemSelect,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items,
    next_cursor:
      rows.length > input.limit && last
        ? encodeCursor({ created_at: last.created_at.toISOString(), id: last.id })
        : null,
  };
}

/**
 * `emails.read`: one message of the actor's scope with its decrypted text and HTML, from the
 * development mailbox only. With SMTP_URL set, messages go to real inboxes and their bodies (one-time
 * links) are erased once delivered, so admins do not read them here.
 */
export async function readEmail(ctx: ServiceContext, id: string) {
  if (ctx.settings.SMTP_URL !== undefined) {
    throw forbidden(
      "Message bodies can be read only in the development mailbox (SMTP_URL unset); with SMTP configured they go to the recipients and are erased once delivered",
    );
  }
  const message = await ctx.db.emailOutbox.findFirst({
    where: { id, ...scopeWhere(ctx, undefined) },
    select: { ...mailboxItemSelect, body_encrypted: true },
  });
  if (!message) throw notFound("Message");
  const { body_encrypted: encrypted, ...item } = message;
  const body =
    encrypted === null
      ? null
      : (JSON.parse(decryptBody(ctx.settings, encrypted, message.id)) as EmailBody);
  return { ...item, text: body?.text ?? null, html: body?.html ?? null };
}
