"use client";

import type { RouterOutputs } from "@ums/api";
import { bulkUpdateUsersInput, type BulkUserAction } from "@ums/api/schemas/users";
import type { UserRole } from "@ums/db/enums";
import { Button, ConfirmDialog, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";

import { failureOf } from "../../../../../lib/form-errors";
import { trpc } from "../../../../../trpc/react";
import { ChangeRoleDialog } from "./change-role-dialog";
import { roleLabel } from "../../../../../lib/user-labels";
import type { UserRow } from "./users-table";

/** One bulk request as it was sent, and how each user came out (in the order they were chosen). */
export interface BulkOutcome {
  action: BulkUserAction;
  role: UserRole | undefined;
  answer: RouterOutputs["users"]["bulkUpdate"];
  /** names by id, as the rows read when the request was sent */
  names: Record<string, string>;
}

const people = (count: number) => (count === 1 ? "1 user" : `${count} users`);

/**
 * The bar above the table while rows are selected: deactivate, reactivate or change the role of
 * all of them at once, each after a confirmation that says how many. The API applies the role
 * rules to each user and answers per user; the table then shows those results.
 */
export function BulkActions({
  selected,
  grantableRoles,
  onDone,
}: {
  selected: readonly UserRow[];
  /** the roles the viewer may give (the API's rule) */
  grantableRoles: readonly UserRole[];
  onDone: (outcome: BulkOutcome) => void;
}) {
  const router = useRouter();
  const { toast } = useToast();
  const bulk = trpc.users.bulkUpdate.useMutation();
  const count = selected.length;
  const userIds = selected.map((user) => user.id);

  async function run(action: BulkUserAction, role?: UserRole) {
    const names = Object.fromEntries(
      selected.map((user) => [user.id, `${user.first_name} ${user.last_name}`]),
    );
    const answer = await bulk.mutateAsync({
      user_ids: userIds,
      action,
      ...(role === undefined ? {} : { role }),
    });
    onDone({ action, role, answer, names });
    router.refresh();
  }

  /** A confirmation's run: a failure of the whole request is said, and the dialog stays open. */
  async function confirmed(action: BulkUserAction) {
    try {
      await run(action);
    } catch (error) {
      toast({
        tone: "danger",
        title: "Nothing was changed",
        description: failureOf(error, []).message ?? undefined,
      });
      throw error;
    }
  }

  return (
    <section
      aria-label="Selected users"
      className="flex flex-wrap items-center gap-3 rounded-ums border-ums border-line bg-surface-muted px-3 py-2"
    >
      <p className="font-semibold text-fg" aria-live="polite">
        {people(count)} selected
      </p>
      <div className="flex flex-wrap gap-2">
        <ConfirmDialog
          title={`Deactivate ${people(count)}?`}
          description="They are signed out at once and cannot sign in until reactivated; invitations not yet accepted are cancelled. Nothing is deleted. Your own account and any you may not change are left as they are, and you will see which."
          confirmLabel={`Deactivate ${people(count)}`}
          tone="danger"
          onConfirm={() => confirmed("deactivate")}
          trigger={
            <Button type="button" variant="danger" size="sm">
              Deactivate selected
            </Button>
          }
        />
        <ConfirmDialog
          title={`Reactivate ${people(count)}?`}
          description="Deactivated and suspended users can sign in again. Invited users still need to accept their invitation, and are left as they are."
          confirmLabel={`Reactivate ${people(count)}`}
          onConfirm={() => confirmed("reactivate")}
          trigger={
            <Button type="button" variant="secondary" size="sm">
              Reactivate selected
            </Button>
          }
        />
        <ChangeRoleDialog
          title={`Change the role of ${people(count)}`}
          description="Each gets the new role from their next request. Your own account and any you may not change are left as they are."
          roles={grantableRoles}
          schema={bulkUpdateUsersInput}
          inputOf={(role) => ({ user_ids: userIds, action: "change_role", role })}
          describeError={(error) => failureOf(error, ["role"])}
          onSubmit={(role) => run("change_role", role)}
          trigger={
            <Button type="button" variant="secondary" size="sm">
              Change role of selected
            </Button>
          }
        />
      </div>
    </section>
  );
}

/** "Deactivation", "Reactivation", "Role change to Instructor": the heading of the results. */
export function actionDone(action: BulkUserAction, role: UserRole | undefined): string {
  if (action === "deactivate") return "Deactivation";
  if (action === "reactivate") return "Reactivation";
  return role === undefined ? "Role change" : `Role change to ${roleLabel(role)}`;
}
