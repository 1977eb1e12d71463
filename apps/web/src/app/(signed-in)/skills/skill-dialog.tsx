"use client";

import { addSkillInput, updateSkillInput } from "@ums/api/schemas/skills";
import { Alert, Button, Dialog, Select, TextField, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";
import { useId, useState, type SubmitEvent } from "react";

import { failureOf } from "../../../lib/form-errors";
import { useForm } from "../../../lib/use-form";
import { trpc } from "../../../trpc/react";
import {
  evidenceOptions,
  noEvidence,
  proficiencyLabel,
  proficiencyOptions,
  type Skill,
} from "./skill-labels";

const fields = [
  "skill_name",
  "skill_category",
  "proficiency_level",
  "evidence_type",
  "evidence_url",
] as const;
type FieldName = (typeof fields)[number];
type Values = Record<FieldName, string>;

const emptyValues: Values = {
  skill_name: "",
  skill_category: "",
  proficiency_level: "",
  evidence_type: noEvidence,
  evidence_url: "",
};

const valuesOf = (skill: Skill): Values => ({
  skill_name: skill.skill_name,
  skill_category: skill.skill_category,
  proficiency_level: skill.proficiency_level,
  evidence_type: skill.evidence_type ?? noEvidence,
  evidence_url: skill.evidence_url ?? "",
});

/** The form's values as the API takes them: "None" and an empty link are null. */
const inputOf = (values: Values) => ({
  skill_name: values.skill_name,
  skill_category: values.skill_category,
  proficiency_level: values.proficiency_level,
  evidence_type: values.evidence_type === noEvidence ? null : values.evidence_type,
  evidence_url: values.evidence_url.trim() === "" ? null : values.evidence_url,
});

/** Only what changed, so an unchanged level never touches a verification. */
function changesOf(values: Values, stored: Values): Record<string, unknown> {
  const next = inputOf(values);
  const before = inputOf(stored);
  return Object.fromEntries(
    Object.entries(next).filter(([name, value]) => before[name as FieldName] !== value),
  );
}

type SkillDialogProps =
  | { mode: "add"; categories: readonly string[] }
  | { mode: "edit"; skill: Skill; categories: readonly string[] };

/**
 * Adds a skill, or edits one, in a dialog: the server's schema checks it before sending, the
 * server's field errors appear next to their fields, and what was typed stays on failure.
 */
export function SkillDialog(props: SkillDialogProps) {
  const skill = props.mode === "edit" ? props.skill : null;
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={skill ? `Edit ${skill.skill_name}` : "Add a skill"}
      description={
        skill
          ? "Change its name, category, level or evidence."
          : "It starts self-assessed; you can then ask for a verification."
      }
      trigger={
        skill ? (
          <Button type="button" variant="secondary" size="sm">
            Edit<span className="sr-only"> {skill.skill_name}</span>
          </Button>
        ) : (
          <Button type="button">Add a skill</Button>
        )
      }
    >
      {/* Mounted while open only: every opening starts from what is stored. */}
      {open ? (
        <SkillForm
          skill={skill}
          categories={props.categories}
          onDone={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </Dialog>
  );
}

interface SkillFormProps {
  skill: Skill | null;
  categories: readonly string[];
  onDone: () => void;
}

function SkillForm({ skill, categories, onDone }: SkillFormProps) {
  const router = useRouter();
  const { toast } = useToast();
  const stored = skill ? valuesOf(skill) : emptyValues;
  const form = useForm<FieldName>(stored);
  const add = trpc.skills.add.useMutation();
  const update = trpc.skills.update.useMutation();
  const categoryListId = useId();

  /** Saving clears the verification: the server does it when the level or the name changes. */
  const losesVerification =
    skill?.verified === true &&
    (form.values.proficiency_level !== stored.proficiency_level ||
      form.values.skill_name.trim() !== stored.skill_name);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    try {
      if (skill) {
        const parsed = form.parse(updateSkillInput, {
          skill_id: skill.id,
          ...changesOf(form.values, stored),
        });
        if (parsed === null) return;
        await update.mutateAsync(parsed);
      } else {
        const parsed = form.parse(addSkillInput, inputOf(form.values));
        if (parsed === null) return;
        await add.mutateAsync(parsed);
      }
    } catch (error) {
      form.fail(failureOf(error, fields));
      return;
    }
    toast({
      title: skill ? "Skill saved" : "Skill added",
      description: `${form.values.skill_name.trim()} (${form.values.skill_category.trim()})`,
    });
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
      <TextField label="Skill" autoComplete="off" {...form.field("skill_name")} />
      <TextField
        label="Category"
        autoComplete="off"
        description="e.g. Programming, Languages, Soft skills."
        list={categoryListId}
        {...form.field("skill_category")}
      />
      <datalist id={categoryListId}>
        {categories.map((category) => (
          <option key={category} value={category} />
        ))}
      </datalist>
      <Select
        label="Proficiency"
        options={proficiencyOptions}
        placeholder="Choose a level"
        {...form.choice("proficiency_level")}
      />
      {losesVerification ? (
        <Alert tone="warning" title="This removes the verification">
          {`${skill.skill_name} is verified at ${proficiencyLabel(skill.proficiency_level)}. `}
          Changing its level or name makes it self-assessed again; you can then ask for a new
          verification.
        </Alert>
      ) : null}
      <Select label="Evidence type" options={evidenceOptions} {...form.choice("evidence_type")} />
      <TextField
        label="Evidence link"
        type="url"
        inputMode="url"
        placeholder="https://…"
        description="A certificate, an assessment result or a project page (http or https)."
        {...form.field("evidence_url")}
      />
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={add.isPending || update.isPending}>
          {skill ? "Save skill" : "Add skill"}
        </Button>
      </div>
    </form>
  );
}
