/**
 * How `users` are spread over organizations: one holds half of them (the large customer whose
 * admin lists are measured), the rest follow a Zipf long tail over about one organization per
 * thousand users, from a few percent down to a few dozen users each.
 */
export function organizationSizes(users: number): number[] {
  if (users < 1) return [];
  const big = Math.ceil(users / 2);
  const rest = users - big;
  const tailCount = Math.min(rest, Math.max(9, Math.round(users / 1000) - 1));
  if (tailCount === 0) return [big];
  const weights = Array.from({ length: tailCount }, (_, i) => 1 / (i + 1));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  // Everyone gets at least one user; the remainder goes by weight, rounding left to the largest.
  const sizes = weights.map((weight) => 1 + Math.floor(((rest - tailCount) * weight) / weightSum));
  const assigned = sizes.reduce((sum, size) => sum + size, 0);
  sizes[0] = (sizes[0] ?? 0) + rest - assigned;
  return [big, ...sizes];
}

/** The slug that marks a loaded bench dataset of `users` users (its large organization). */
export const benchSlugPrefix = "bench-";
export const datasetSlug = (users: number): string => `${benchSlugPrefix}${users}-large`;
export const organizationSlug = (users: number, index: number): string =>
  index === 0 ? datasetSlug(users) : `${benchSlugPrefix}${users}-org-${index}`;
