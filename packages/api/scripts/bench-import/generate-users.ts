/**
 * The bench's users: N users of a source system in the interchange format (docs/data-migration.md),
 * each with a filled profile and learning preferences and no skills, goals, activities or events.
 * Deterministic (a seeded generator: the same N gives the same file) except for `tag`, which goes
 * into every e-mail and username so that two runs never collide (both are unique across the service).
 * Written as a stream, one user at a time, never as an array of N users.
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { once } from "node:events";

import type { z } from "zod";

import { csvRow } from "../../src/csv/csv";
import { csvColumns, csvListSeparator } from "../../src/services/data-transfer";
import type { importUserLine } from "../../src/services/data-transfer/import-schema";

/** One line of users.jsonl as a source system writes it (the schema's input, every key present). */
export type BenchUser = z.input<typeof importUserLine>;
type Profile = NonNullable<BenchUser["profile"]>;
type Preferences = NonNullable<BenchUser["learning_preferences"]>;

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)] as T;
  const chance = (p: number) => next() < p;
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => int(0, 15).toString(16)).join("");
  const uuid = () =>
    `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
  return { next, int, pick, chance, uuid };
}

interface Place {
  country: string;
  timezone: string;
  language: string;
  phone: (n: number) => string;
  /** [city, state or province, postal code] */
  cities: readonly (readonly [string, string, string])[];
}

/** Where a user lives: what makes time zone, language, phone number, city and country agree. */
const places: readonly Place[] = [
  {
    country: "GB",
    timezone: "Europe/London",
    language: "en-GB",
    phone: (n: number) => `+44207946${String(n % 10_000).padStart(4, "0")}`,
    cities: [
      ["London", "England", "SW1A 1AA"],
      ["Manchester", "England", "M1 1AE"],
      ["Edinburgh", "Scotland", "EH1 1YZ"],
    ],
  },
  {
    country: "US",
    timezone: "America/New_York",
    language: "en-US",
    phone: (n: number) => `+1212555${String(100 + (n % 100)).padStart(4, "0")}`,
    cities: [
      ["New York", "NY", "10001"],
      ["Boston", "MA", "02108"],
      ["Philadelphia", "PA", "19103"],
    ],
  },
  {
    country: "DE",
    timezone: "Europe/Berlin",
    language: "de-DE",
    phone: (n: number) => `+493090182${String(n % 1000).padStart(3, "0")}`,
    cities: [
      ["Berlin", "Berlin", "10115"],
      ["München", "Bayern", "80331"],
      ["Köln", "Nordrhein-Westfalen", "50667"],
    ],
  },
  {
    country: "FR",
    timezone: "Europe/Paris",
    language: "fr-FR",
    phone: (n: number) => `+3319900${String(n % 10_000).padStart(4, "0")}`,
    cities: [
      ["Paris", "Île-de-France", "75001"],
      ["Lyon", "Auvergne-Rhône-Alpes", "69001"],
    ],
  },
  {
    country: "BR",
    timezone: "America/Sao_Paulo",
    language: "pt-BR",
    phone: (n: number) => `+55119${String(60_000_000 + (n % 1_000_000))}`,
    cities: [
      ["São Paulo", "SP", "01310-100"],
      ["Campinas", "SP", "13010-111"],
    ],
  },
  {
    country: "JP",
    timezone: "Asia/Tokyo",
    language: "ja-JP",
    phone: (n: number) => `+813${String(50_000_000 + (n % 1_000_000))}`,
    cities: [["Tokyo", "Tokyo", "100-0001"]],
  },
  {
    // Not India: Node 20's ICU lists Asia/Calcutta but not Asia/Kolkata, which the service's
    // time-zone rule therefore refuses.
    country: "CA",
    timezone: "America/Toronto",
    language: "en-CA",
    phone: (n: number) => `+1416555${String(100 + (n % 100)).padStart(4, "0")}`,
    cities: [
      ["Toronto", "ON", "M5H 2N2"],
      ["Ottawa", "ON", "K1P 1J1"],
    ],
  },
  {
    country: "AU",
    timezone: "Australia/Sydney",
    language: "en-AU",
    phone: (n: number) => `+61255${String(500_000 + (n % 10_000))}`,
    cities: [["Sydney", "NSW", "2000"]],
  },
  {
    country: "ES",
    timezone: "Europe/Madrid",
    language: "es-ES",
    phone: (n: number) => `+3491${String(1_000_000 + (n % 1_000_000))}`,
    cities: [
      ["Madrid", "Madrid", "28013"],
      ["Barcelona", "Cataluña", "08002"],
    ],
  },
];

/** [as written, as in an e-mail address] */
const firstNames = [
  ["Ada", "ada"],
  ["Grace", "grace"],
  ["Zoë", "zoe"],
  ["José", "jose"],
  ["Amélie", "amelie"],
  ["Liam", "liam"],
  ["Noah", "noah"],
  ["Olivia", "olivia"],
  ["Hiroshi", "hiroshi"],
  ["Priya", "priya"],
  ["Jürgen", "jurgen"],
  ["Siobhán", "siobhan"],
  ["Mateo", "mateo"],
  ["Chloé", "chloe"],
  ["Aarav", "aarav"],
  ["Emma", "emma"],
] as const;
const lastNames = [
  ["Lovelace", "lovelace"],
  ["Hopper", "hopper"],
  ["Müller", "muller"],
  ["O'Brien", "obrien"],
  ["García", "garcia"],
  ["Dubois", "dubois"],
  ["Tanaka", "tanaka"],
  ["Sharma", "sharma"],
  ["Silva", "silva"],
  ["Smith", "smith"],
  ["van der Berg", "vanderberg"],
  ["Nguyen", "nguyen"],
] as const;
const bios = [
  "Learning data analysis, one course at a time.",
  'Team lead; "always curious".\nLikes SQL, maps and long walks.',
  "Nurse by day, developer by night.",
  "Preparing for the cloud certification, then the next one.",
  "Ich lerne gern neue Sprachen.",
  "Photographer, amateur astronomer, occasional writer, learner.",
] as const;
const streets = ["High Street", "Main St", "Hauptstraße", "Rue de Rivoli", "Avenida Paulista"];
const contentTypes = ["video", "text", "interactive", "audio"] as const;
const studyTimes = ["morning", "afternoon", "evening"] as const;
const genders = ["MALE", "FEMALE", "OTHER", "PREFER_NOT_TO_SAY"] as const;

const day = 24 * 60 * 60 * 1000;
const epoch = Date.UTC(2023, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString();
const score = (value: number) => Math.round(value * 100) / 100;

/**
 * The user of line `index` (0-based), from the generator `rng` (which must have produced the
 * users before it: the file is written in order).
 */
function benchUser(rng: ReturnType<typeof random>, index: number, tag: string): BenchUser {
  const [first, firstAscii] = rng.pick(firstNames);
  const [last, lastAscii] = rng.pick(lastNames);
  const place = rng.pick(places);
  const [city, state, postalCode] = rng.pick(place.cities);
  const created = epoch + rng.int(0, 700) * day + rng.int(0, day - 1);
  const updated = created + rng.int(0, 300) * day;
  const username = rng.chance(0.9) ? `${firstAscii}${index}.${tag}` : null;

  const profile: Profile = {
    avatar_url: rng.chance(0.5) ? `https://cdn.example.org/avatars/${tag}/${index}-512.webp` : null,
    bio: rng.chance(0.6) ? rng.pick(bios) : null,
    timezone: place.timezone,
    language: place.language,
    phone_number: rng.chance(0.7) ? place.phone(index) : null,
    date_of_birth: rng.chance(0.6)
      ? iso(Date.UTC(1955, 0, 1) + rng.int(0, 50 * 365) * day).slice(0, 10)
      : null,
    gender: rng.chance(0.8) ? rng.pick(genders) : null,
    address_line1: rng.chance(0.7) ? `${rng.int(1, 250)} ${rng.pick(streets)}` : null,
    address_line2: rng.chance(0.2) ? `Apt ${rng.int(1, 40)}, floor ${rng.int(1, 9)}` : null,
    city,
    state_province: state,
    postal_code: postalCode,
    country: place.country,
    linkedin_url: rng.chance(0.4) ? `https://www.linkedin.com/in/${firstAscii}-${index}` : null,
    twitter_url: rng.chance(0.2) ? `https://twitter.com/${lastAscii}${index}` : null,
    website_url: rng.chance(0.1) ? `https://${lastAscii}${index}.example.org/?lang=en` : null,
    profile_visibility: rng.pick(["PUBLIC", "ORGANIZATION", "ORGANIZATION", "PRIVATE"] as const),
    show_email: rng.chance(0.3),
    show_phone: rng.chance(0.1),
    created_at: iso(created + 60_000),
    updated_at: iso(updated),
  };

  const daily = rng.int(1, 36) * 5;
  const preferences: Preferences = {
    visual_score: score(rng.next()),
    auditory_score: score(rng.next()),
    reading_score: score(rng.next()),
    kinesthetic_score: score(rng.next()),
    preferred_content_types: contentTypes.filter(() => rng.chance(0.5)),
    difficulty_preference: rng.pick(["BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"] as const),
    pace_preference: rng.pick(["SLOW", "MODERATE", "FAST", "SELF_PACED"] as const),
    preferred_study_time: rng.chance(0.8) ? rng.pick(studyTimes) : null,
    daily_study_goal: rng.chance(0.8) ? daily : null,
    weekly_study_goal: rng.chance(0.7) ? daily * 5 : null,
    reminder_enabled: rng.chance(0.7),
    reminder_frequency: rng.pick(["DAILY", "WEEKLY", "MONTHLY", "NEVER"] as const),
    reminder_time: rng.chance(0.6)
      ? `${String(rng.int(6, 22)).padStart(2, "0")}:${rng.pick(["00", "15", "30", "45"])}`
      : null,
    font_size: rng.pick(["SMALL", "MEDIUM", "MEDIUM", "LARGE", "EXTRA_LARGE"] as const),
    high_contrast: rng.chance(0.05),
    screen_reader: rng.chance(0.02),
    closed_captions: rng.chance(0.15),
    created_at: iso(created + 120_000),
    updated_at: iso(updated),
  };

  return {
    email: `${firstAscii}.${lastAscii}.${index}@${tag}.bench.example.org`,
    external_id: `HR-${String(index + 1).padStart(7, "0")}`,
    username,
    first_name: first,
    last_name: last,
    role: rng.pick([
      "LEARNER",
      "LEARNER",
      "LEARNER",
      "LEARNER",
      "INSTRUCTOR",
      "ORG_ADMIN",
    ] as const),
    status: rng.pick(["ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "PENDING", "INACTIVE"] as const),
    subscription_id: rng.chance(0.6) ? rng.uuid() : null,
    last_login: rng.chance(0.8) ? iso(updated + rng.int(0, 30) * day) : null,
    created_at: iso(created),
    updated_at: iso(updated),
    profile,
    learning_preferences: preferences,
    skills: [],
    goals: [],
    activities: [],
    learning_events: [],
  };
}

/** The users of a bench run, in file order. */
export function* benchUsers(count: number, tag: string): Generator<BenchUser> {
  const rng = random(20_260_310);
  for (let index = 0; index < count; index++) yield benchUser(rng, index, tag);
}

/** A user as a users.csv record (profile and preferences as its columns), in `csvColumns` order. */
function csvRecord(user: BenchUser): string {
  const { profile, learning_preferences: preferences, ...fields } = user;
  const cells: Record<string, unknown> = {
    ...fields,
    ...profile,
    profile_created_at: profile?.created_at,
    profile_updated_at: profile?.updated_at,
    ...preferences,
    preferred_content_types: preferences?.preferred_content_types.join(csvListSeparator),
    preferences_created_at: preferences?.created_at,
    preferences_updated_at: preferences?.updated_at,
  };
  // The user's own created_at / updated_at, not the profile's or preferences' spread over them.
  cells.created_at = user.created_at;
  cells.updated_at = user.updated_at;
  return csvRow(
    csvColumns.users.map((column) => cells[column] as string | number | boolean | null),
    { guardFormulas: false },
  );
}

export interface GeneratedFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** Writes `count` users to `path` as users.jsonl or users.csv, waiting for the disk as it goes. */
export async function writeBenchFile(
  path: string,
  format: "jsonl" | "csv",
  count: number,
  tag: string,
): Promise<GeneratedFile> {
  const out = createWriteStream(path);
  const hash = createHash("sha256");
  let bytes = 0;
  const write = async (text: string) => {
    const chunk = Buffer.from(text, "utf8");
    hash.update(chunk);
    bytes += chunk.byteLength;
    if (!out.write(chunk)) await once(out, "drain");
  };
  if (format === "csv") await write(csvRow(csvColumns.users, { guardFormulas: false }));
  for (const user of benchUsers(count, tag)) {
    await write(format === "csv" ? csvRecord(user) : `${JSON.stringify(user)}\n`);
  }
  out.end();
  await once(out, "finish");
  return { path, bytes, sha256: hash.digest("hex") };
}
