import { createWriteStream } from "node:fs";

import { csvRow } from "../../csv/csv";
import { streamSink } from "./text-sink";

/**
 * Writes a users.csv of `count` made-up users, each with a profile and learning preferences, one
 * row at a time (for the import's tests at scale: never the whole file in memory). Deterministic:
 * user i is `user<i>@<domain>`.
 */
export async function writeSyntheticUsersCsv(
  path: string,
  count: number,
  domain: string,
): Promise<void> {
  const sink = streamSink(createWriteStream(path));
  const options = { guardFormulas: false };
  await sink.write(
    csvRow(
      [
        ...["email", "external_id", "first_name", "last_name", "role", "status", "created_at"],
        ...["timezone", "language", "city", "country", "profile_visibility", "show_email"],
        ...["visual_score", "auditory_score", "preferred_content_types", "daily_study_goal"],
      ],
      options,
    ),
  );
  const firstNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken"];
  const lastNames = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen"];
  const zones = ["Europe/London", "America/New_York", "Asia/Tokyo", "Africa/Lagos", "UTC"];
  for (let i = 0; i < count; i += 1) {
    await sink.write(
      csvRow(
        [
          `user${i}@${domain}`,
          `ext-${i}`,
          firstNames[i % firstNames.length],
          lastNames[i % lastNames.length],
          i % 50 === 0 ? "INSTRUCTOR" : "LEARNER",
          "ACTIVE",
          new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
          zones[i % zones.length],
          "en",
          `City ${i % 97}`,
          "GB",
          "ORGANIZATION",
          i % 2 === 0,
          (i % 10) / 10,
          ((i + 3) % 10) / 10,
          i % 3 === 0 ? "video;text" : "interactive",
          30 + (i % 90),
        ],
        options,
      ),
    );
  }
  await sink.close();
}
