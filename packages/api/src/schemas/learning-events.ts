import { z } from "zod";

import { jsonValue, str, uuid } from "./fields";

/** The most events one request may report. */
export const maxEventsPerBatch = 1000;

const base = {
  /** chosen by the sender; sending the same id again changes nothing */
  event_id: str().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  user_id: uuid,
  occurred_at: z.iso.datetime({
    offset: true,
    error: "must be an ISO 8601 date-time with a time zone",
  }),
  /** anything else the sender wants kept with the event (at most 4 kB of JSON) */
  payload: z
    .record(z.string(), jsonValue)
    .refine((value) => JSON.stringify(value).length <= 4096, {
      error: "must be at most 4 kB of JSON",
    })
    .optional(),
};

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ ...base, event_type: z.literal(type), ...shape });

const minutes = z
  .number()
  .int("must be whole minutes")
  .min(1, "must be at least 1")
  .max(1440, "must be at most 1440 (a day)");

/** One learning event, as other services report it; fields depend on `event_type`. */
export const learningEventInput = z.discriminatedUnion(
  "event_type",
  [
    event("COURSE_ENROLLED", { course_id: uuid }),
    event("COURSE_IN_PROGRESS", { course_id: uuid }),
    event("COURSE_COMPLETED", { course_id: uuid }),
    event("LESSON_COMPLETED", { lesson_id: uuid, course_id: uuid.optional() }),
    event("LEARNING_TIME", { minutes, course_id: uuid.optional() }),
    event("ASSESSMENT_COMPLETED", {
      score: z.number().min(0, "must be between 0 and 100").max(100, "must be between 0 and 100"),
      passed: z.boolean(),
      course_id: uuid.optional(),
    }),
    event("CERTIFICATE_EARNED", { course_id: uuid.optional() }),
    event("BADGE_EARNED", {}),
    event("POINTS_EARNED", {
      points: z
        .number()
        .int("must be a whole number")
        .min(1, "must be at least 1")
        .max(100_000, "must be at most 100000"),
    }),
    event("LOGIN", {}),
  ],
  { error: "must be one of the learning event types" },
);

/** `POST /learning-events`: a batch, recorded all or nothing. */
export const recordLearningEventsInput = z.strictObject({
  events: z
    .array(learningEventInput)
    .min(1, "must contain at least one event")
    .max(maxEventsPerBatch, `must contain at most ${maxEventsPerBatch} events`),
});

export type LearningEventInput = z.infer<typeof learningEventInput>;
export type RecordLearningEventsInput = z.infer<typeof recordLearningEventsInput>;

// RESPONSES -------------------------------------------------------------------------------------

/** `POST /learning-events`: what became of each event of the batch. */
export const recordedLearningEvents = z
  .object({
    recorded: z.int().meta({ description: "events added to the ledger by this request" }),
    duplicates: z.int().meta({
      description:
        "events whose event_id this sender had already sent (before, or earlier in this batch); they changed nothing",
    }),
    events: z
      .array(
        z.object({
          event_id: z.string(),
          status: z.enum(["recorded", "duplicate"]),
        }),
      )
      .meta({ description: "one entry per event sent, in the order sent" }),
  })
  .meta({ id: "RecordedLearningEvents" });
