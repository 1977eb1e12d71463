import type { Credentials } from "../generate/credentials";
import { idTable } from "../generate/bench-user";
import { benchId } from "../generate/random";

/** One request of a scenario: what autocannon sends next. */
export interface BenchRequest {
  method: "GET" | "PUT" | "POST";
  path: string;
  token: string;
  body?: string;
}

export interface Scenario {
  name: string;
  /** work units per request, e.g. 500 for event batches (reported as units/s) */
  unitsPerRequest: number;
  unit: string;
  /** the `i`-th request for the server `target` (each server gets its own event ids) */
  request: (i: number, target: string) => BenchRequest;
}

export interface ScenarioInput {
  credentials: Credentials;
  /** user numbers of the large organization are 0 … largeSize-1 */
  largeSize: number;
  /** cursors of the default list (created_at desc, 20 a page) at the start of pages 50 and 500 */
  cursors: { page50: string; page500: string };
  runId: string;
}

export const eventsPerBatch = 500;
const searchTerms = ["smith", "garcia", "ana", "tanaka", "lee.1", "oliveira"];

export function scenarios(input: ScenarioInput): Scenario[] {
  const { credentials, largeSize } = input;
  const admin = credentials.adminToken;
  const learner = (i: number) => {
    const entry = credentials.learners[i % credentials.learners.length];
    if (entry === undefined) throw new Error("No learner tokens");
    return entry.token;
  };
  // Scattered over the large organization, the same sequence for both servers.
  const someUser = (i: number) => benchId(idTable.user, (i * 7919 + 13) % largeSize);
  const list = (name: string, query: string | ((i: number) => string)): Scenario => ({
    name,
    unitsPerRequest: 1,
    unit: "req",
    request: (i) => ({
      method: "GET",
      path: `/users?${typeof query === "string" ? query : query(i)}`,
      token: admin,
    }),
  });
  return [
    {
      name: "profile-get",
      unitsPerRequest: 1,
      unit: "req",
      request: (i) => ({ method: "GET", path: "/users/profile", token: learner(i) }),
    },
    {
      name: "user-get",
      unitsPerRequest: 1,
      unit: "req",
      request: (i) => ({ method: "GET", path: `/users/${someUser(i)}`, token: admin }),
    },
    list("users-list", "limit=20"),
    list("users-role", "role=INSTRUCTOR"),
    list("users-status", "status=SUSPENDED"),
    list("users-sort-email", "sort=email&order=asc"),
    list("users-sort-last_name", "sort=last_name&order=asc"),
    list("users-sort-last_login", "sort=last_login&order=desc"),
    list("users-search", (i) => `search=${searchTerms[i % searchTerms.length] ?? "smith"}`),
    // Sorted by the column the surnames are in: each surname's matches sit together in that order.
    list(
      "users-search-last_name",
      (i) => `search=${searchTerms[i % searchTerms.length] ?? "smith"}&sort=last_name&order=asc`,
    ),
    list("users-page-50", `cursor=${input.cursors.page50}`),
    list("users-page-500", `cursor=${input.cursors.page500}`),
    {
      name: "profile-put",
      unitsPerRequest: 1,
      unit: "req",
      request: (i) => ({
        method: "PUT",
        path: "/users/profile",
        token: learner(i),
        body: JSON.stringify({
          profile: { bio: i % 2 === 0 ? "Learning every day." : "Learning on weekends." },
          learning_preferences: { daily_study_goal: i % 2 === 0 ? 30 : 45 },
        }),
      }),
    },
    {
      name: "learning-events",
      unitsPerRequest: eventsPerBatch,
      unit: "events",
      request: (i, target) => {
        const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
        // Consecutive batches cover different users, so concurrent batches rarely wait on each other.
        const events = Array.from({ length: eventsPerBatch }, (_, k) => ({
          event_id: `${input.runId}-${target}-${i}-${k}`,
          user_id: benchId(idTable.user, (i * eventsPerBatch + k) % largeSize),
          event_type: "LEARNING_TIME",
          occurred_at: occurredAt,
          minutes: 5,
        }));
        return {
          method: "POST",
          path: "/learning-events",
          token: credentials.apiKey,
          body: JSON.stringify({ events }),
        };
      },
    },
  ];
}
