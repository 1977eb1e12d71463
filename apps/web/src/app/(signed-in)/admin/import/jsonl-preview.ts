/**
 * The preview of a JSON Lines file: its first users as the import will read them (e-mail, name,
 * how many skills, goals, activities and learning events), from the file's first bytes only, and
 * a clear word for a line that is not JSON. The import itself checks every field.
 */

/** Lines shown. */
export const previewLines = 5;

export interface JsonLinePreview {
  /** 1-based line of the file (blank lines count, as the import's line numbers do) */
  line: number;
  email: string;
  name: string;
  counts: { skills: number; goals: number; activities: number; learningEvents: number };
}

export type JsonLineResult = JsonLinePreview | { line: number; problem: string };

const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);
const textOf = (value: unknown): string => (typeof value === "string" ? value : "");

/** The first non-blank lines of `text` (a file's beginning when `truncated`: its last line may be cut). */
export function previewJsonLines(text: string, truncated: boolean): JsonLineResult[] {
  const lines = text.split("\n");
  if (truncated) lines.pop();
  const results: JsonLineResult[] = [];
  for (const [index, raw] of lines.entries()) {
    if (results.length >= previewLines) break;
    const line = index + 1;
    const source = (index === 0 ? raw.replace(/^\uFEFF/, "") : raw).trim();
    if (source === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      const reason = error instanceof SyntaxError ? ` (${error.message})` : "";
      results.push({
        line,
        problem: `Not JSON${reason}: each line must be one user as a JSON object.`,
      });
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      results.push({
        line,
        problem: "Not a JSON object: each line must be one user as an object.",
      });
      continue;
    }
    const user = value as Record<string, unknown>;
    if (typeof user.email !== "string" || user.email.trim() === "") {
      results.push({ line, problem: "No e-mail address (the email key)." });
      continue;
    }
    results.push({
      line,
      email: user.email,
      name: `${textOf(user.first_name)} ${textOf(user.last_name)}`.trim(),
      counts: {
        skills: lengthOf(user.skills),
        goals: lengthOf(user.goals),
        activities: lengthOf(user.activities),
        learningEvents: lengthOf(user.learning_events),
      },
    });
  }
  return results;
}
