"use client";

import { adminSettableStatuses, updateUserInput } from "@ums/api/schemas/users";
import type { UserRole, UserStatus } from "@ums/db/enums";
import { Alert, Button, Dialog, Select, TextField, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";
import { useState, type SubmitEvent } from "react";

import { failureOf } from "../../../../../lib/form-errors";
import { roleLabels } from "../../../../../lib/roles";
import { useForm } from "../../../../../lib/use-form";
import { trpc } from "../../../../../trpc/react";
import { statusLabels } from "../../../../../lib/user-labels";

interface EditUserDialogProps {
  user: {
    id: string;
    first_name: string;
    last_name: string;
    username: string | null;
    role: UserRole;
    status: UserStatus;
  };
  /** the roles the viewer may give (`assignableRoles`): the current one alone when locked */
  roles: readonly UserRole[];
  /** why the viewer may not change the role and status (`roleAndStatusLockedBecause`), or null */
  lockedBecause: string | null;
}

const fieldNames = ["first_name", "last_name", "username", "role", "status"] as const;

/**
 * Edit a user's names, username, role and status, checked with `users.update`'s own schema and
 * offering only the roles and statuses the viewer may set; the server's refusals appear next to
 * their fields. A PENDING user's status is the invitation's to change (or Deactivate's).
 */
export function EditUserDialog({ user, roles, lockedBecause }: EditUserDialogProps) {
  const router = useRouter();
  const { toast } = useToast();
  const [open, setOpen] = useState(false);
  const update = trpc.users.update.useMutation();
  const initial = {
    first_name: user.first_name,
    last_name: user.last_name,
    username: user.username ?? "",
    role: user.role,
    status: user.status,
  };
  const form = useForm(initial);
  const statusLocked =
    lockedBecause ??
    (user.status === "PENDING"
      ? "Invited users become active by accepting their invitation; Deactivate cancels it"
      : null);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const { values } = form;
    const input = form.parse(updateUserInput, {
      user_id: user.id,
      first_name: values.first_name,
      last_name: values.last_name,
      username: values.username.trim() === "" ? null : values.username,
      ...(lockedBecause === null && values.role !== user.role ? { role: values.role } : {}),
      ...(statusLocked === null && values.status !== user.status ? { status: values.status } : {}),
    });
    if (input === null) return;
    try {
      await update.mutateAsync(input);
    } catch (error) {
      form.fail(failureOf(error, fieldNames));
      return;
    }
    setOpen(false);
    toast({
      title: "User saved",
      description: `${input.first_name ?? ""} ${input.last_name ?? ""}`,
    });
    router.refresh();
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        // Opening again starts from the user as shown, not from an abandoned edit.
        if (next) {
          form.setValues(initial);
          form.clear();
        }
      }}
      title="Edit user"
      description="Names, username, role and status. Changes of role apply at the user's next request."
      trigger={
        <Button type="button" variant="secondary">
          Edit user
        </Button>
      }
    >
      <form
        {...form.formProps}
        onSubmit={(event) => {
          void submit(event);
        }}
        className="grid gap-4"
      >
        {form.message ? <Alert tone="danger">{form.message}</Alert> : null}
        <TextField label="First name" autoComplete="off" {...form.field("first_name")} />
        <TextField label="Last name" autoComplete="off" {...form.field("last_name")} />
        <TextField
          label="Username"
          autoComplete="off"
          description="Optional: leave empty for none."
          {...form.field("username")}
        />
        <Select
          label="Role"
          options={roles.map((role) => ({ value: role, label: roleLabels[role] }))}
          disabled={lockedBecause !== null}
          description={lockedBecause === null ? undefined : `${lockedBecause}.`}
          {...form.choice("role")}
        />
        <Select
          label="Status"
          options={(statusLocked === null ? adminSettableStatuses : [user.status]).map(
            (status) => ({ value: status, label: statusLabels[status] }),
          )}
          disabled={statusLocked !== null}
          description={
            statusLocked === null
              ? "Deactivating or suspending signs the user out everywhere."
              : `${statusLocked}.`
          }
          {...form.choice("status")}
        />
        <div className="flex flex-wrap justify-end gap-3">
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setOpen(false);
            }}
          >
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save changes
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
