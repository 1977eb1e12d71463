/** "90" → "1 h 30 min", "45" → "45 min", "120" → "2 h"; null when the text is not whole minutes. */
export function readableMinutes(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * A goal field's text as the API takes it: empty → null (no goal), whole minutes → a number, and
 * anything else as it is, for the schema to refuse next to the field.
 */
export function minutesInput(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}
