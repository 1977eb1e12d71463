/**
 * The fields of `update` whose value differs from `before` (dates compared by value, arrays by
 * content), so the activity log records what really changed rather than what was sent.
 */
export function changedFields(
  before: Record<string, unknown> | null,
  update: Record<string, unknown>,
): string[] {
  return Object.entries(update)
    .filter(([field, value]) => value !== undefined && !sameValue(before?.[field], value))
    .map(([field]) => field);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  return a === b;
}
