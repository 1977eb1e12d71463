import type { preferencesRecord } from "@ums/api/schemas/records";
import type { z } from "zod";

import { scoreNames, type Scores } from "./learning-style";
import { minutesInput } from "./study-minutes";

/** The fields the form keeps as text (selects and inputs), by the API's names; "" for none. */
export const textFields = [
  "difficulty_preference",
  "pace_preference",
  "preferred_study_time",
  "daily_study_goal",
  "weekly_study_goal",
  "reminder_frequency",
  "reminder_time",
  "font_size",
] as const;

export type TextFieldName = (typeof textFields)[number];

/** The on/off preferences. */
export const switchFields = [
  "reminder_enabled",
  "high_contrast",
  "screen_reader",
  "closed_captions",
] as const;

export type SwitchName = (typeof switchFields)[number];

/** Every field the form shows, so that the server's errors land next to them. */
export const formFields: readonly string[] = [
  ...textFields,
  ...switchFields,
  ...scoreNames,
  "preferred_content_types",
];

/** "No preference" in the study-time select (a Radix option's value cannot be ""): sent as null. */
export const anyStudyTime = "ANY";

/** The form's state: text fields, VARK scores, content types and switches. */
export interface PreferencesFormState {
  text: Record<TextFieldName, string>;
  scores: Scores;
  contentTypes: string[];
  switches: Record<SwitchName, boolean>;
}

/** The preferences as the API returns them (from the server caller or over HTTP). */
export type StoredPreferences = Omit<
  z.output<typeof preferencesRecord>,
  "created_at" | "updated_at"
>;

/** What the form shows for the stored preferences. */
export function formStateOf(stored: StoredPreferences): PreferencesFormState {
  return {
    text: {
      difficulty_preference: stored.difficulty_preference,
      pace_preference: stored.pace_preference,
      preferred_study_time: stored.preferred_study_time ?? anyStudyTime,
      daily_study_goal: stored.daily_study_goal === null ? "" : String(stored.daily_study_goal),
      weekly_study_goal: stored.weekly_study_goal === null ? "" : String(stored.weekly_study_goal),
      reminder_frequency: stored.reminder_frequency,
      reminder_time: stored.reminder_time ?? "",
      font_size: stored.font_size,
    },
    scores: {
      visual_score: stored.visual_score,
      auditory_score: stored.auditory_score,
      reading_score: stored.reading_score,
      kinesthetic_score: stored.kinesthetic_score,
    },
    contentTypes: [...stored.preferred_content_types],
    switches: {
      reminder_enabled: stored.reminder_enabled,
      high_contrast: stored.high_contrast,
      screen_reader: stored.screen_reader,
      closed_captions: stored.closed_captions,
    },
  };
}

/** A text field's value as the API takes it. */
function inputOf(name: TextFieldName, text: string): unknown {
  switch (name) {
    case "daily_study_goal":
    case "weekly_study_goal":
      return minutesInput(text);
    case "preferred_study_time":
      return text === anyStudyTime ? null : text;
    case "reminder_time":
      return text.trim() === "" ? null : text.trim();
    default:
      return text;
  }
}

function sameSet(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((value) => right.includes(value));
}

/**
 * What to send: only the fields that differ from what is stored (the API keeps the others), in the
 * shape `learningPreferencesInput` takes, for the schema to check before anything leaves.
 */
export function changesOf(
  state: PreferencesFormState,
  stored: PreferencesFormState,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const name of textFields) {
    if (state.text[name] !== stored.text[name]) input[name] = inputOf(name, state.text[name]);
  }
  for (const name of scoreNames) {
    if (state.scores[name] !== stored.scores[name]) input[name] = state.scores[name];
  }
  if (!sameSet(state.contentTypes, stored.contentTypes)) {
    input.preferred_content_types = state.contentTypes;
  }
  for (const name of switchFields) {
    if (state.switches[name] !== stored.switches[name]) input[name] = state.switches[name];
  }
  return input;
}
