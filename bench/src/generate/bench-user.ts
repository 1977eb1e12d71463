import { benchId, integer, pick, userRandom, type Random } from "./random";
import { cities, firstNames, lastNames, timeZones } from "./names";

/** Table codes of the deterministic ids. */
export const idTable = {
  organization: 1,
  user: 2,
  profile: 3,
  preferences: 4,
  stats: 5,
  skill: 6,
  goal: 7,
  activity: 8,
} as const;

const dayMs = 86_400_000;
/** A fixed "now" for created dates, so a dataset is the same whenever it is loaded. */
export const datasetEpoch = Date.UTC(2026, 0, 1);

export interface BenchUser {
  n: number;
  id: string;
  organizationId: string;
  /** the user's place in its organization: 0 is that organization's first admin */
  local: number;
  random: Random;
  firstName: string;
  lastName: string;
  email: string;
  username: string;
  role: "ORG_ADMIN" | "INSTRUCTOR" | "LEARNER";
  status: "ACTIVE" | "INACTIVE" | "SUSPENDED" | "PENDING";
  createdAt: number;
  lastLogin: number | null;
  city: string;
  timezone: string;
  skills: number;
  goals: number;
  activities: number;
}

function roleOf(local: number, random: Random): BenchUser["role"] {
  if (local === 0) return "ORG_ADMIN";
  const draw = random();
  return draw < 0.005 ? "ORG_ADMIN" : draw < 0.03 ? "INSTRUCTOR" : "LEARNER";
}

function statusOf(local: number, random: Random): BenchUser["status"] {
  if (local === 0) return "ACTIVE";
  const draw = random();
  return draw < 0.85 ? "ACTIVE" : draw < 0.92 ? "INACTIVE" : draw < 0.95 ? "SUSPENDED" : "PENDING";
}

/**
 * User `n` of the dataset, derived from `n` alone: every table's pass re-derives it in the same
 * order of draws, so no table needs another's rows in memory.
 */
export function benchUser(
  n: number,
  organizationId: string,
  organizationDomain: string,
  local: number,
): BenchUser {
  const random = userRandom(n);
  const firstName = pick(random, firstNames);
  const lastName = pick(random, lastNames);
  const handle = `${firstName}.${lastName}`
    .normalize("NFD")
    .replace(/[^A-Za-z.]/g, "")
    .toLowerCase();
  const createdAt = datasetEpoch - integer(random, 1, 3 * 365) * dayMs - integer(random, 0, dayMs);
  const neverLoggedIn = random() < 0.2;
  const lastLogin = neverLoggedIn
    ? null
    : createdAt + Math.floor(random() * (datasetEpoch - createdAt));
  return {
    n,
    id: benchId(idTable.user, n),
    organizationId,
    local,
    random,
    firstName,
    lastName,
    email: `${handle}.${n}@${organizationDomain}`,
    username: `${handle.replace(".", "_")}_${n}`,
    role: roleOf(local, random),
    status: statusOf(local, random),
    createdAt,
    lastLogin,
    city: pick(random, cities),
    timezone: pick(random, timeZones),
    skills: integer(random, 0, 5),
    goals: integer(random, 0, 3),
    activities: integer(random, 1, 4),
  };
}
