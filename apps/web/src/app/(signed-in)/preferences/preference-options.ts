import type { DifficultyLevel, FontSize, PacePreference, ReminderFrequency } from "@ums/db/enums";
import { contentTypes, studyTimes } from "@ums/api/schemas/profile";
import type { CheckboxOption, SelectOption } from "@ums/ui";

import { anyStudyTime } from "./preferences-values";

/** The options of a select, from labels keyed by every value of the API's enum. */
function optionsOf<T extends string>(labels: Record<T, string>): SelectOption[] {
  return Object.entries<string>(labels).map(([value, label]) => ({ value, label }));
}

export const difficultyOptions = optionsOf<DifficultyLevel>({
  BEGINNER: "Beginner",
  INTERMEDIATE: "Intermediate",
  ADVANCED: "Advanced",
  EXPERT: "Expert",
});

export const paceOptions = optionsOf<PacePreference>({
  SLOW: "Slow: more time per topic",
  MODERATE: "Moderate",
  FAST: "Fast: fewer, denser sessions",
  SELF_PACED: "Self-paced: no schedule",
});

export const reminderFrequencyOptions = optionsOf<ReminderFrequency>({
  DAILY: "Daily",
  WEEKLY: "Weekly",
  MONTHLY: "Monthly",
  NEVER: "Never",
});

export const fontSizeOptions = optionsOf<FontSize>({
  SMALL: "Small (87.5%)",
  MEDIUM: "Medium (100%, the default)",
  LARGE: "Large (112.5%)",
  EXTRA_LARGE: "Extra large (125%)",
});

const studyTimeLabels: Record<(typeof studyTimes)[number], string> = {
  morning: "Morning",
  afternoon: "Afternoon",
  evening: "Evening",
};

export const studyTimeOptions: SelectOption[] = [
  { value: anyStudyTime, label: "No preference" },
  ...studyTimes.map((time) => ({ value: time, label: studyTimeLabels[time] })),
];

const contentTypeLabels: Record<(typeof contentTypes)[number], Omit<CheckboxOption, "value">> = {
  video: { label: "Video", description: "Lectures, demonstrations, screencasts." },
  text: { label: "Text", description: "Articles, books, written guides." },
  interactive: { label: "Interactive", description: "Exercises, quizzes, simulations." },
  audio: { label: "Audio", description: "Podcasts, recorded talks." },
};

export const contentTypeOptions: CheckboxOption[] = contentTypes.map((type) => ({
  value: type,
  ...contentTypeLabels[type],
}));
