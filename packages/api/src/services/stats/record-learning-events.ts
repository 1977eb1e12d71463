import { randomUUID } from "node:crypto";

import { Prisma } from "@ums/db";

import { organizationScope, type ApiKeyActor, type UserActor } from "../../auth/actor";
import { AppError, type ErrorDetail } from "../../errors";
import type { LearningEventInput, RecordLearningEventsInput } from "../../schemas/learning-events";
import { bulkInsertNew, type BulkRow } from "../bulk-insert";
import { refreshAutoGoals } from "../goals/auto-progress";
import type { ServiceContext } from "../service-context";
import { refreshLearningStats } from "@ums/db/derived";

/** Events may be stamped a little ahead of our clock (the sender's may run fast), not more. */
const allowedClockSkewMs = 5 * 60_000;

export interface RecordedEvent {
  event_id: string;
  status: "recorded" | "duplicate";
}

/**
 * `POST /learning-events`: appends a batch of events to the ledger and brings the statistics and
 * the automatic goals of the users concerned up to date, in one transaction: all or nothing.
 * Every problem of every event is reported at once (path `events.<index>.<field>`), and then
 * nothing is written. An event whose id this sender already sent is a duplicate: it changes
 * nothing, whether it was sent before or earlier in the same batch.
 */
export async function recordLearningEvents(
  ctx: ServiceContext,
  input: RecordLearningEventsInput,
  now = new Date(),
): Promise<{ recorded: number; duplicates: number; events: RecordedEvent[] }> {
  const source = sourceOf(ctx.actor);
  const users = await usersInScope(ctx, input.events);
  const problems = input.events.flatMap((event, index) => eventProblems(event, index, users, now));
  problems.push(...repeatedIdProblems(input.events));
  if (problems.length > 0) {
    throw new AppError(
      "VALIDATION_FAILED",
      `${problems.length} event(s) are invalid; none was recorded`,
      {
        details: problems,
      },
    );
  }

  const unique = [...new Map(input.events.map((event) => [event.event_id, event])).values()];
  const receivedAt = new Date();
  const rows = unique.map((event) => ledgerRow(event, source, users, receivedAt));
  const userIds = [...new Set(rows.map((row) => row.user_id))].sort();

  const recordedIds = await ctx.db.$transaction(
    async (tx) => {
      // Serialise with other batches for the same users: each recomputation must see the events
      // the others committed, or a concurrent batch's events would be missing from the totals.
      await tx.$executeRaw`
        INSERT INTO "learning_stats" ("id", "user_id", "updated_at")
        SELECT gen_random_uuid(), u, (now() AT TIME ZONE 'UTC') FROM unnest(${userIds}::uuid[]) AS u
        ON CONFLICT ("user_id") DO NOTHING`;
      await tx.$queryRaw`
        SELECT 1 FROM "learning_stats" WHERE "user_id" = ANY (${userIds}::uuid[])
        ORDER BY "user_id" FOR UPDATE`;

      const created = await bulkInsertNew(tx, "learning_events", rows, ["event_id", "user_id"]);
      const touched = [...new Set(created.map((row) => row.user_id))];
      // Their statistics rows exist: created and locked above.
      await refreshLearningStats(tx, touched, now, { rowsExist: true });
      await refreshAutoGoals(tx, ctx, touched, now);
      return new Set(created.map((row) => row.event_id));
    },
    { timeout: 60_000 },
  );

  const events = input.events.map((event) => ({
    event_id: event.event_id,
    status: recordedIds.delete(event.event_id) ? ("recorded" as const) : ("duplicate" as const),
  }));
  const recorded = events.filter((event) => event.status === "recorded").length;
  return { recorded, duplicates: events.length - recorded, events };
}

/** Events are idempotent per sender: each API key (or the web app) has its own id space. */
function sourceOf(actor: UserActor | ApiKeyActor): string {
  return actor.kind === "apiKey" ? `api-key:${actor.apiKeyId}` : `user:${actor.userId}`;
}

/** The users the batch names that the caller may report for, with their organization. */
async function usersInScope(ctx: ServiceContext, events: LearningEventInput[]) {
  const scope = organizationScope(ctx.actor);
  const ids = [...new Set(events.map((event) => event.user_id))];
  // One array parameter rather than Prisma's `in` list of up to a thousand: building that costs
  // more CPU than the query.
  const users = await ctx.db.$queryRaw<{ id: string; organization_id: string }[]>`
    SELECT "id", "organization_id" FROM "users"
    WHERE "id" = ANY (${ids}::uuid[])
      ${scope === null ? Prisma.empty : Prisma.sql`AND "organization_id" = ${scope}::uuid`}`;
  return new Map(users.map((user) => [user.id, user.organization_id]));
}

function eventProblems(
  event: LearningEventInput,
  index: number,
  users: Map<string, string>,
  now: Date,
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (!users.has(event.user_id)) {
    problems.push({
      path: `events.${index}.user_id`,
      message: "no such user in this organization",
    });
  }
  if (Date.parse(event.occurred_at) > now.getTime() + allowedClockSkewMs) {
    problems.push({ path: `events.${index}.occurred_at`, message: "must not be in the future" });
  }
  return problems;
}

/** The same id twice in one batch is fine if it is the same event, and an error if not. */
function repeatedIdProblems(events: LearningEventInput[]): ErrorDetail[] {
  const first = new Map<string, string>();
  return events.flatMap((event, index) => {
    const content = JSON.stringify(event);
    const seen = first.get(event.event_id);
    if (seen === undefined) first.set(event.event_id, content);
    return seen === undefined || seen === content
      ? []
      : [
          {
            path: `events.${index}.event_id`,
            message: "repeats an earlier event_id of this batch with different content",
          },
        ];
  });
}

function ledgerRow(
  event: LearningEventInput,
  source: string,
  users: Map<string, string>,
  receivedAt: Date,
): BulkRow<"learning_events"> & Prisma.LearningEventCreateManyInput {
  const { event_id, user_id, event_type, occurred_at, payload, ...fields } = event;
  return {
    // Generated here: Prisma's uuid() default lives in the client, not in the table.
    id: randomUUID(),
    event_id,
    source,
    user_id,
    organization_id: users.get(user_id) ?? "",
    event_type,
    occurred_at: new Date(occurred_at),
    course_id: "course_id" in fields ? (fields.course_id ?? null) : null,
    lesson_id: "lesson_id" in fields ? fields.lesson_id : null,
    minutes: "minutes" in fields ? fields.minutes : null,
    score: "score" in fields ? fields.score : null,
    passed: "passed" in fields ? fields.passed : null,
    points: "points" in fields ? fields.points : null,
    payload: payload ?? Prisma.DbNull,
    received_at: receivedAt,
  };
}
