/**
 * A small seeded generator (mulberry32), so the same `--users` always loads the same names, roles
 * and relations: runs on different machines compare the same data.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The generator of user `n`: each table's loader re-derives the same user without keeping it. */
export const userRandom = (n: number): Random => seededRandom(Math.imul(n + 1, 2_654_435_761));

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

export const integer = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/**
 * Deterministic ids: a table code and a row number in a UUID's shape (version 4, variant 8). Ids
 * are chosen here as Prisma does client-side; no id needs to be kept in memory to write children.
 */
export function benchId(table: number, n: number): string {
  const hex = n.toString(16).padStart(12, "0");
  return `be7c${table.toString(16).padStart(4, "0")}-0000-4000-8000-${hex}`;
}
