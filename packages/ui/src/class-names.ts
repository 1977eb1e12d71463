/** Joins class names, skipping the absent ones, so callers can add theirs to a component's own. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
