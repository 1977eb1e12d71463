/** The four VARK scores, by the API's field names. */
export const scoreNames = [
  "visual_score",
  "auditory_score",
  "reading_score",
  "kinesthetic_score",
] as const;

export type ScoreName = (typeof scoreNames)[number];
export type Scores = Record<ScoreName, number>;

/** Each style's name in a sentence ("visual"), and as a label ("Visual"). */
export const styleNames: Record<ScoreName, { label: string; word: string; hint: string }> = {
  visual_score: {
    label: "Visual",
    word: "visual",
    hint: "Diagrams, charts, maps and video.",
  },
  auditory_score: {
    label: "Auditory",
    word: "auditory",
    hint: "Listening, talking things through, podcasts.",
  },
  reading_score: {
    label: "Read/write",
    word: "read/write",
    hint: "Texts, notes, lists and written exercises.",
  },
  kinesthetic_score: {
    label: "Kinesthetic",
    word: "kinesthetic",
    hint: "Doing: hands-on practice, examples, simulations.",
  },
};

/** A score as shown and read: two decimals, "0.75". */
export function formatScore(score: number): string {
  return score.toFixed(2);
}

/** The styles with the highest score (ties included), in VARK order. */
export function dominantStyles(scores: Scores): ScoreName[] {
  const highest = Math.max(...scoreNames.map((name) => scores[name]));
  return scoreNames.filter((name) => scores[name] === highest);
}

/** "a, b and c" */
function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1) ?? ""}`;
}

/** The resulting learning style in one sentence. */
export function styleSentence(scores: Scores): string {
  const dominant = dominantStyles(scores);
  const top = scores[dominant[0] ?? "visual_score"];
  if (top === 0) return "No learning style stands out yet: every score is 0.";
  if (dominant.length === scoreNames.length) {
    return `You are multimodal: all four styles score ${formatScore(top)}.`;
  }
  const words = listOf(dominant.map((name) => styleNames[name].word));
  return dominant.length === 1
    ? `Your dominant learning style is ${words} (${formatScore(top)}).`
    : `Your dominant learning styles are ${words} (${formatScore(top)} each).`;
}
