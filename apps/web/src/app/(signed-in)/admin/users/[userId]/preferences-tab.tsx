import { Card, EmptyState } from "@ums/ui";

import { formatMinutes } from "../../../../../lib/format-duration";
import {
  contentTypeOptions,
  difficultyOptions,
  fontSizeOptions,
  paceOptions,
  reminderFrequencyOptions,
} from "../../../preferences/preference-options";
import {
  formatScore,
  scoreNames,
  styleNames,
  styleSentence,
} from "../../../preferences/learning-style";
import { DetailsList } from "./details-list";
import type { UserDetails } from "./user-labels";

/** The label the preferences page gives `value` among `options`. */
const labelOf = (options: readonly { value: string; label: string }[], value: string) =>
  options.find((option) => option.value === value)?.label ?? value;

const yesNo = (value: boolean) => (value ? "On" : "Off");

/** Learning style, study habits, reminders and accessibility, as the preferences page names them. */
export function PreferencesTab({ user }: { user: UserDetails }) {
  const preferences = user.learning_preferences;
  if (preferences === null) {
    return <EmptyState title="No learning preferences yet" headingLevel={2} />;
  }
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Learning style">
        <p className="mb-4 text-fg">{styleSentence(preferences)}</p>
        <DetailsList
          rows={scoreNames.map((name) => ({
            term: styleNames[name].label,
            detail: formatScore(preferences[name]),
          }))}
        />
      </Card>
      <Card title="Studying">
        <DetailsList
          rows={[
            {
              term: "Content",
              detail: preferences.preferred_content_types
                .map((type) => labelOf(contentTypeOptions, type))
                .join(", "),
            },
            {
              term: "Difficulty",
              detail: labelOf(difficultyOptions, preferences.difficulty_preference),
            },
            { term: "Pace", detail: labelOf(paceOptions, preferences.pace_preference) },
            { term: "Time of day", detail: preferences.preferred_study_time },
            {
              term: "Daily goal",
              detail:
                preferences.daily_study_goal === null
                  ? null
                  : formatMinutes(preferences.daily_study_goal),
            },
            {
              term: "Weekly goal",
              detail:
                preferences.weekly_study_goal === null
                  ? null
                  : formatMinutes(preferences.weekly_study_goal),
            },
          ]}
        />
      </Card>
      <Card title="Reminders">
        <DetailsList
          rows={[
            { term: "Reminders", detail: yesNo(preferences.reminder_enabled) },
            {
              term: "Frequency",
              detail: labelOf(reminderFrequencyOptions, preferences.reminder_frequency),
            },
            { term: "Time", detail: preferences.reminder_time },
          ]}
        />
      </Card>
      <Card title="Accessibility">
        <DetailsList
          rows={[
            { term: "Text size", detail: labelOf(fontSizeOptions, preferences.font_size) },
            { term: "High contrast", detail: yesNo(preferences.high_contrast) },
            { term: "Screen reader mode", detail: yesNo(preferences.screen_reader) },
            { term: "Captions", detail: yesNo(preferences.closed_captions) },
          ]}
        />
      </Card>
    </div>
  );
}
