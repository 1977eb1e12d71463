"use client";

import { updateUserInput } from "@ums/api/schemas/users";
import { Button, ConfirmDialog, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";

import { failureOf } from "../../../../../lib/form-errors";
import { trpc } from "../../../../../trpc/react";
import { ChangeRoleDialog } from "./change-role-dialog";
import { rowPermissions, type Viewer } from "./row-permissions";
import { roleLabel } from "../../../../../lib/user-labels";
import type { UserRow } from "./users-table";

/**
 * The actions of one row, only those the role rules allow (the reason instead when none are):
 * change role (a dialog), deactivate (confirmed: it ends their sessions) or reactivate. Opening
 * the user is the link on their name.
 */
export function UserRowActions({ user, viewer }: { user: UserRow; viewer: Viewer }) {
  const router = useRouter();
  const { toast } = useToast();
  const update = trpc.users.update.useMutation();
  const deactivate = trpc.users.deactivate.useMutation();
  const reactivate = trpc.users.reactivate.useMutation();
  const name = `${user.first_name} ${user.last_name}`;
  const permissions = rowPermissions(viewer, user);

  if (!permissions.allowed) {
    return <p className="max-w-56 text-sm text-fg-muted">{permissions.reason}</p>;
  }

  /** Runs a change, says how it went, and shows the table as it now is. */
  async function change(run: () => Promise<unknown>, done: string, rethrow: boolean) {
    try {
      await run();
    } catch (error) {
      toast({
        tone: "danger",
        title: `Could not change ${name}`,
        description: failureOf(error, []).message ?? undefined,
      });
      if (rethrow) throw error;
      return;
    }
    toast({ title: done, description: name });
    router.refresh();
  }

  const who = <span className="sr-only"> {name}</span>;
  return (
    <div className="flex flex-wrap gap-2">
      <ChangeRoleDialog
        title={`Change the role of ${name}`}
        description={`${name} is now ${roleLabel(user.role).toLowerCase()}. The new role applies from their next request.`}
        roles={permissions.roles}
        current={user.role}
        schema={updateUserInput}
        inputOf={(role) => ({ user_id: user.id, role })}
        describeError={(error) => failureOf(error, ["role"])}
        onSubmit={async (role) => {
          await update.mutateAsync({ user_id: user.id, role });
          toast({ title: `Role changed to ${roleLabel(role)}`, description: name });
          router.refresh();
        }}
        trigger={
          <Button type="button" variant="secondary" size="sm">
            Change role{who}
          </Button>
        }
      />
      {permissions.statusAction === "deactivate" ? (
        <ConfirmDialog
          title={`Deactivate ${name}?`}
          description={
            user.status === "PENDING"
              ? "Their invitation is cancelled and the account stays inactive until reactivated."
              : "They are signed out at once and cannot sign in until reactivated. Nothing is deleted."
          }
          confirmLabel="Deactivate"
          tone="danger"
          onConfirm={() =>
            change(() => deactivate.mutateAsync({ user_id: user.id }), "User deactivated", true)
          }
          trigger={
            <Button type="button" variant="ghost" size="sm">
              Deactivate{who}
            </Button>
          }
        />
      ) : (
        <Button
          type="button"
          variant="ghost"
          size="sm"
          loading={reactivate.isPending}
          onClick={() => {
            void change(
              () => reactivate.mutateAsync({ user_id: user.id }),
              "User reactivated",
              false,
            );
          }}
        >
          Reactivate{who}
        </Button>
      )}
    </div>
  );
}
