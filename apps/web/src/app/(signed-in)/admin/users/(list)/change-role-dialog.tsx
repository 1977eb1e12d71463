"use client";

import type { UserRole } from "@ums/db/enums";
import { Alert, Button, Dialog, Select } from "@ums/ui";
import { useState, type ReactNode, type SubmitEvent } from "react";
import type { z } from "zod";

import { useForm } from "../../../../../lib/use-form";
import { roleLabel } from "../../../../../lib/user-labels";

export interface ChangeRoleDialogProps {
  /** "Change the role of Ada Lovelace" or "… of 3 users" */
  title: string;
  description: ReactNode;
  /** the roles the viewer may give */
  roles: readonly UserRole[];
  /** preselected (a single user's current role) */
  current?: UserRole;
  trigger: ReactNode;
  /** the server's schema, checked before sending, so its errors show next to the field */
  schema: z.ZodType;
  /** builds the input `schema` checks from the chosen role */
  inputOf: (role: string) => unknown;
  /** sends the change; a thrown error is turned into field/message errors by `describeError` */
  onSubmit: (role: UserRole) => Promise<void>;
  describeError: (error: unknown) => {
    message: string | null;
    fields: Record<string, string | undefined>;
  };
}

/** A role chosen from those the viewer may give, checked with the server's schema, then sent. */
export function ChangeRoleDialog(props: ChangeRoleDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      size="sm"
      title={props.title}
      description={props.description}
      trigger={props.trigger}
    >
      {open ? (
        <ChangeRoleForm
          {...props}
          onDone={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </Dialog>
  );
}

function ChangeRoleForm({
  roles,
  current,
  schema,
  inputOf,
  onSubmit,
  describeError,
  onDone,
}: ChangeRoleDialogProps & { onDone: () => void }) {
  const form = useForm<"role">({ role: current ?? "" });
  const [pending, setPending] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    if (form.values.role === "") {
      form.fail({ message: null, fields: { role: "Choose a role." } });
      return;
    }
    if (form.parse(schema, inputOf(form.values.role)) === null) return;
    setPending(true);
    try {
      await onSubmit(form.values.role as UserRole);
      onDone();
    } catch (error) {
      form.fail(describeError(error));
    } finally {
      setPending(false);
    }
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
      <Select
        label="New role"
        placeholder="Choose a role"
        options={roles.map((role) => ({ value: role, label: roleLabel(role) }))}
        {...form.choice("role")}
      />
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          Change role
        </Button>
      </div>
    </form>
  );
}
