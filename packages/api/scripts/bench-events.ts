/**
 * The cost of one `POST /learning-events` batch inside the API process, without HTTP:
 *
 *   pnpm bench:events [--batches 20] [--users 500] [--cpu-prof]
 *
 * Creates an organization with `--users` learners, each with a profile, every fifth with an ACTIVE
 * LEARNING_TIME goal of 10 hours (the load benchmark's users have 0-3 goals of 4 types, half of
 * them active: about one in five has such a goal), and a stats:write key; then records `--batches`
 * batches of one LEARNING_TIME event per learner (after 3 unmeasured ones), one after the other,
 * through the service as the REST door calls it. Every batch changes every goal. Prints wall and CPU milliseconds per batch (median and mean) and the
 * events/s one process reaches; `--cpu-prof` saves a CPU profile of the measured batches in the
 * system's temporary folder and prints where the time went. The organization is removed at the end.
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { createPrismaClient } from "@ums/db";
import { settings } from "@ums/db/settings";

import type { ApiKeyActor } from "../src/auth/actor";
import { createContextInner } from "../src/context";
import { recordLearningEvents } from "../src/services/stats/record-learning-events";
import { fail } from "./cli";
import { profileCpu } from "./cpu-profile";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    batches: { type: "string", default: "20" },
    users: { type: "string", default: "500" },
    "cpu-prof": { type: "boolean" },
  },
});
const batches = Number(values.batches);
const users = Number(values.users);
if (!Number.isInteger(batches) || batches < 1 || !Number.isInteger(users) || users < 1) {
  fail("--batches and --users must be whole numbers of at least 1.", 2);
}
const url = settings().USER_DATABASE_URL;
if (url === undefined) fail("USER_DATABASE_URL must be set (run it through pnpm bench:events).", 1);

const db = createPrismaClient(url, { maxConnections: 4 });
const day = 86_400_000;
const today = new Date(new Date().toISOString().slice(0, 10));
const tag = Date.now().toString(36);

const organization = await db.organization.create({
  data: { name: `Bench events ${tag}`, slug: `bench-events-${tag}` },
});
try {
  const userIds = Array.from({ length: users }, () => crypto.randomUUID());
  await db.user.createMany({
    data: userIds.map((id, n) => ({
      id,
      organization_id: organization.id,
      email: `bench-events-${tag}-${n}@example.test`,
      first_name: "Bench",
      last_name: `Learner ${n}`,
    })),
  });
  await db.userProfile.createMany({
    data: userIds.map((user_id, n) => ({
      user_id,
      timezone: n % 2 === 0 ? "Europe/Paris" : "America/New_York",
    })),
  });
  const goalOwners = userIds.filter((_, n) => n % 5 === 0);
  await db.userGoal.createMany({
    data: goalOwners.map((user_id) => ({
      user_id,
      title: "Learn 10 hours",
      goal_type: "LEARNING_TIME" as const,
      target_value: 10,
      unit: "hours",
      start_date: new Date(today.getTime() - 10 * day),
      target_date: new Date(today.getTime() + 30 * day),
    })),
  });
  const apiKey = await db.apiKey.create({
    data: {
      name: `bench-events-${tag}`,
      prefix: `bench-${tag}`,
      key_hash: `bench-events-${tag}`,
      scopes: ["stats:write"],
      organization_id: organization.id,
    },
  });
  const actor: ApiKeyActor = {
    kind: "apiKey",
    apiKeyId: apiKey.id,
    organizationId: organization.id,
    scopes: ["stats:write"],
  };
  const ctx = { ...createContextInner({ db, actor }), actor };
  const batch = (i: number) => ({
    events: userIds.map((user_id, k) => ({
      event_id: `${tag}-${i}-${k}`,
      user_id,
      event_type: "LEARNING_TIME" as const,
      occurred_at: new Date(Date.now() - 3_600_000).toISOString(),
      minutes: 5,
    })),
  });

  for (let i = 0; i < 3; i += 1) await recordLearningEvents(ctx, batch(-1 - i));

  const profileFile = path.join(tmpdir(), `bench-events-${tag}.cpuprofile`);
  const profiler = values["cpu-prof"] === true ? await profileCpu(profileFile) : undefined;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < batches; i += 1) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const result = await recordLearningEvents(ctx, batch(i));
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
    if (result.recorded !== users) fail(`batch ${i} recorded ${result.recorded} events`, 1);
  }
  const summary = await profiler?.stop();

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(
    `${batches} batches of ${users} events (${goalOwners.length} goals changed per batch)`,
  );
  console.log(`wall per batch: median ${ms(median(wall))}, mean ${ms(mean(wall))}`);
  console.log(`CPU per batch:  median ${ms(median(cpu))}, mean ${ms(mean(cpu))}`);
  console.log(`events/s, one batch at a time: ${Math.round((users * 1000) / mean(wall))}`);
  if (summary !== undefined) {
    console.log(`CPU profile: ${profileFile}`);
    for (const row of summary.by_area) console.log(`  ${row.ms} ms ${row.percent}% ${row.name}`);
    for (const row of summary.by_function)
      console.log(`  ${row.ms} ms ${row.percent}% ${row.name}`);
  }
} finally {
  // Their goals, events, statistics and activities go with the users.
  await db.user.deleteMany({ where: { organization_id: organization.id } });
  await db.apiKey.deleteMany({ where: { organization_id: organization.id } });
  await db.organization.delete({ where: { id: organization.id } });
  await db.$disconnect();
}
