"use client";

import { learningPreferencesInput } from "@ums/api/schemas/profile";
import { Alert, Button, CheckboxGroup, Select, Switch, TextField, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";
import { useState, type SubmitEvent } from "react";

import { FormSection } from "../../../components/form-section";
import { applyAccessibility } from "../../../lib/accessibility-attributes";
import { failureOf } from "../../../lib/form-errors";
import { useForm } from "../../../lib/use-form";
import { trpc } from "../../../trpc/react";
import { AccessibilityFields } from "./accessibility-fields";
import { LearningStyleFields } from "./learning-style-fields";
import {
  contentTypeOptions,
  difficultyOptions,
  paceOptions,
  reminderFrequencyOptions,
  studyTimeOptions,
} from "./preference-options";
import {
  changesOf,
  formFields,
  formStateOf,
  type PreferencesFormState,
  type TextFieldName,
} from "./preferences-values";
import { readableMinutes } from "./study-minutes";

/** "Minutes a day, from 1 to 1440. That is 1 h 30 min a day." */
function goalDescription(text: string, period: string, max: number): string {
  const readable = readableMinutes(text);
  const range = `In minutes a ${period}, from 1 to ${max}; leave empty for no goal.`;
  return readable === null || text.trim() === "0"
    ? range
    : `${range} That is ${readable} a ${period}.`;
}

/** The learner's learning preferences, saved together with one button. */
export function PreferencesForm({ initial }: { initial: PreferencesFormState }) {
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<TextFieldName>(initial.text);
  const [scores, setScores] = useState(initial.scores);
  const [contentTypes, setContentTypes] = useState(initial.contentTypes);
  const [switches, setSwitches] = useState(initial.switches);
  const [stored, setStored] = useState(initial);
  const update = trpc.preferences.update.useMutation();
  const errors = form.fieldErrors;

  /** Props of a select over `name`. */

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const changes = changesOf({ text: form.values, scores, contentTypes, switches }, stored);
    if (Object.keys(changes).length === 0) {
      toast({
        title: "Nothing to save",
        description: "You have not changed anything.",
        tone: "info",
      });
      return;
    }
    const parsed = form.parse(learningPreferencesInput, changes);
    if (parsed === null) return;
    let result;
    try {
      result = await update.mutateAsync(parsed);
    } catch (error) {
      form.fail(failureOf(error, formFields));
      return;
    }
    const saved = formStateOf(result);
    form.setValues(saved.text);
    setScores(saved.scores);
    setContentTypes(saved.contentTypes);
    setSwitches(saved.switches);
    setStored(saved);
    // The whole app takes the accessibility settings now; the server renders them from now on.
    applyAccessibility({
      fontSize: result.font_size,
      highContrast: result.high_contrast,
      screenReader: result.screen_reader,
    });
    toast({ title: "Preferences saved", description: "Your learning preferences are up to date." });
    router.refresh();
  }

  const remindersOff = !switches.reminder_enabled;

  return (
    <div className="grid gap-6">
      {form.message ? <Alert tone="danger">{form.message}</Alert> : null}
      <form
        {...form.formProps}
        onSubmit={(event) => {
          void submit(event);
        }}
        className="grid gap-6"
      >
        <FormSection
          legend="Learning style"
          description="How you like to learn, on the VARK model. Each score goes from 0 (not at all) to 1 (very much), independently of the others."
        >
          <LearningStyleFields
            scores={scores}
            errors={errors}
            onChange={(name, value) => {
              setScores((current) => ({ ...current, [name]: value }));
            }}
          />
        </FormSection>

        <FormSection legend="Content">
          <CheckboxGroup
            legend="Content types"
            description="What courses should offer you first. Choose any."
            options={contentTypeOptions}
            value={contentTypes}
            error={errors.preferred_content_types}
            onValueChange={setContentTypes}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <Select
              label="Difficulty"
              options={difficultyOptions}
              {...form.choice("difficulty_preference")}
            />
            <Select label="Pace" options={paceOptions} {...form.choice("pace_preference")} />
          </div>
        </FormSection>

        <FormSection legend="Study schedule">
          <Select
            label="Preferred study time"
            options={studyTimeOptions}
            {...form.choice("preferred_study_time")}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label="Daily study goal"
              inputMode="numeric"
              description={goalDescription(form.values.daily_study_goal, "day", 1440)}
              {...form.field("daily_study_goal")}
            />
            <TextField
              label="Weekly study goal"
              inputMode="numeric"
              description={goalDescription(form.values.weekly_study_goal, "week", 10080)}
              {...form.field("weekly_study_goal")}
            />
          </div>
        </FormSection>

        <FormSection legend="Reminders">
          <Switch
            label="Study reminders"
            description="Reminders to study, at the frequency and time below (in your profile's time zone)."
            checked={switches.reminder_enabled}
            onCheckedChange={(checked) => {
              setSwitches((current) => ({ ...current, reminder_enabled: checked }));
            }}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <Select
              label="Reminder frequency"
              description="How often a reminder arrives."
              options={reminderFrequencyOptions}
              disabled={remindersOff}
              {...form.choice("reminder_frequency")}
            />
            <TextField
              label="Reminder time"
              type="time"
              description="The time of day the reminder arrives."
              disabled={remindersOff}
              {...form.field("reminder_time")}
            />
          </div>
          {remindersOff ? (
            <p className="text-sm text-fg-muted">
              Reminders are off: turn them on to change their frequency and time.
            </p>
          ) : null}
        </FormSection>

        <FormSection legend="Accessibility">
          <AccessibilityFields
            fontSize={form.values.font_size}
            fontSizeError={errors.font_size}
            onFontSizeChange={form.choice("font_size").onValueChange}
            switches={switches}
            onSwitchChange={(name, checked) => {
              setSwitches((current) => ({ ...current, [name]: checked }));
            }}
          />
        </FormSection>

        <Button type="submit" loading={update.isPending} className="justify-self-start">
          Save preferences
        </Button>
      </form>
    </div>
  );
}
