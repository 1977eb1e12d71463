"use client";

import { createGoalInput, targetValueRequired, updateGoalInput } from "@ums/api/schemas/goals";
import { Alert, Button, Dialog, Select, TextArea, TextField, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type SubmitEvent } from "react";

import { failureOf } from "../../../lib/form-errors";
import { useForm } from "../../../lib/use-form";
import { trpc } from "../../../trpc/react";
import {
  priorityOptions,
  typeHints,
  typeLabels,
  typeOptions,
  type Goal,
  type GoalType,
} from "./goal-labels";

const fields = [
  "goal_type",
  "title",
  "description",
  "target_value",
  "unit",
  "start_date",
  "target_date",
  "priority",
] as const;
type FieldName = (typeof fields)[number];
type Values = Record<FieldName, string>;

/** Today in the browser's calendar, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const valuesOf = (goal: Goal | null): Values =>
  goal
    ? {
        goal_type: goal.goal_type,
        title: goal.title,
        description: goal.description ?? "",
        target_value: goal.target_value === null ? "" : String(goal.target_value),
        unit: goal.unit ?? "",
        start_date: goal.start_date,
        target_date: goal.target_date,
        priority: goal.priority,
      }
    : {
        goal_type: "",
        title: "",
        description: "",
        target_value: "",
        unit: "",
        start_date: today(),
        target_date: "",
        priority: "MEDIUM",
      };

/** The form's values as the API takes them: empty text is null, the target a number. */
const inputOf = (values: Values) => ({
  title: values.title,
  description: values.description.trim() === "" ? null : values.description,
  target_value: values.target_value.trim() === "" ? null : Number(values.target_value),
  unit: values.unit.trim() === "" ? null : values.unit,
  start_date: values.start_date,
  target_date: values.target_date,
  priority: values.priority,
});

/** Only what changed (an edit never sends the type, which does not change). */
function changesOf(values: Values, stored: Values): Record<string, unknown> {
  const next = inputOf(values);
  const before = inputOf(stored);
  return Object.fromEntries(
    Object.entries(next).filter(([name, value]) => before[name as keyof typeof before] !== value),
  );
}

type GoalDialogProps = { mode: "create" } | { mode: "edit"; goal: Goal };

/** Creates a goal, or edits an active or paused one, in a dialog checked by the server's schema. */
export function GoalDialog(props: GoalDialogProps) {
  const goal = props.mode === "edit" ? props.goal : null;
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      size="lg"
      title={goal ? `Edit ${goal.title}` : "Create a goal"}
      description={
        goal
          ? "Change its title, target, dates or priority; its type stays."
          : "It starts active with no progress."
      }
      trigger={
        goal ? (
          <Button type="button" variant="secondary" size="sm">
            Edit<span className="sr-only"> {goal.title}</span>
          </Button>
        ) : (
          <Button type="button">Create a goal</Button>
        )
      }
    >
      {open ? (
        <GoalForm
          goal={goal}
          onDone={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </Dialog>
  );
}

function GoalForm({ goal, onDone }: { goal: Goal | null; onDone: () => void }) {
  const router = useRouter();
  const { toast } = useToast();
  const [stored] = useState(() => valuesOf(goal));
  const form = useForm<FieldName>(stored);
  const create = trpc.goals.create.useMutation();
  const update = trpc.goals.update.useMutation();
  const type = form.values.goal_type as GoalType | "";

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    try {
      if (goal) {
        const parsed = form.parse(updateGoalInput, {
          goal_id: goal.id,
          ...changesOf(form.values, stored),
        });
        if (parsed === null) return;
        await update.mutateAsync(parsed);
      } else {
        const parsed = form.parse(createGoalInput, {
          goal_type: form.values.goal_type,
          ...inputOf(form.values),
        });
        if (parsed === null) return;
        await create.mutateAsync(parsed);
      }
    } catch (error) {
      form.fail(failureOf(error, fields));
      return;
    }
    toast({ title: goal ? "Goal saved" : "Goal created", description: form.values.title.trim() });
    onDone();
    router.refresh();
  }

  return (
    <form
      {...form.formProps}
      onSubmit={(event) => {
        void submit(event);
      }}
      className="grid gap-4"
    >
      {form.message ? <Alert tone="danger">{form.message}</Alert> : null}
      {goal ? (
        <p className="text-sm text-fg">
          <span className="text-fg-muted">Type:</span> {typeLabels[goal.goal_type]} —{" "}
          {typeHints[goal.goal_type]}
        </p>
      ) : (
        <Select
          label="Goal type"
          options={typeOptions}
          placeholder="Choose a type"
          {...(type === "" ? {} : { description: typeHints[type] })}
          {...form.choice("goal_type")}
        />
      )}
      <TextField label="Title" autoComplete="off" {...form.field("title")} />
      <TextArea
        label="Description"
        rows={3}
        name="description"
        value={form.values.description}
        error={form.fieldErrors.description}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
          const value = event.target.value;
          form.setValues((current) => ({ ...current, description: value }));
        }}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={
            type !== "" && !targetValueRequired(type) ? "Target value (optional)" : "Target value"
          }
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          {...form.field("target_value")}
        />
        <TextField
          label="Unit"
          autoComplete="off"
          description="e.g. minutes, hours, courses, points."
          {...form.field("unit")}
        />
        <TextField label="Start date" type="date" {...form.field("start_date")} />
        <TextField label="Target date" type="date" {...form.field("target_date")} />
      </div>
      <Select label="Priority" options={priorityOptions} {...form.choice("priority")} />
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending || update.isPending}>
          {goal ? "Save goal" : "Create goal"}
        </Button>
      </div>
    </form>
  );
}
