"use client";

import type { UserStatus } from "@ums/db/enums";
import { Button, ConfirmDialog, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";

import { failureOf } from "../../../../../lib/form-errors";
import { trpc } from "../../../../../trpc/react";

interface UserStatusActionsProps {
  user: { id: string; name: string; status: UserStatus };
  /** why the viewer may not change the status (`roleAndStatusLockedBecause`), or null */
  lockedBecause: string | null;
}

/**
 * Deactivate (soft delete: nothing is erased, the user is signed out everywhere for good) or
 * reactivate a user, each after a confirmation. A locked status shows the button disabled with
 * the reason.
 */
export function UserStatusActions({ user, lockedBecause }: UserStatusActionsProps) {
  const router = useRouter();
  const { toast } = useToast();
  const deactivate = trpc.users.deactivate.useMutation();
  const reactivate = trpc.users.reactivate.useMutation();
  const reactivates = user.status === "INACTIVE" || user.status === "SUSPENDED";
  const label = reactivates ? "Reactivate" : "Deactivate";

  async function run() {
    try {
      if (reactivates) await reactivate.mutateAsync({ user_id: user.id });
      else await deactivate.mutateAsync({ user_id: user.id });
    } catch (error) {
      toast({
        tone: "danger",
        title: `Could not ${label.toLowerCase()} ${user.name}`,
        description: failureOf(error, []).message ?? undefined,
      });
      throw error;
    }
    toast({ title: reactivates ? "User reactivated" : "User deactivated", description: user.name });
    router.refresh();
  }

  if (lockedBecause !== null) {
    return (
      <div className="grid justify-items-start gap-1">
        <Button type="button" variant="secondary" disabled aria-describedby="status-locked">
          {label}
        </Button>
        <p id="status-locked" className="text-sm text-fg-muted">
          {lockedBecause}.
        </p>
      </div>
    );
  }

  return (
    <ConfirmDialog
      title={`${label} ${user.name}?`}
      description={
        reactivates
          ? "They can sign in again. Sessions they had before the deactivation stay ended: they sign in anew."
          : user.status === "PENDING"
            ? "Their invitation is cancelled, so its link no longer works. Nothing is erased."
            : "They are signed out everywhere at once and cannot sign in. Nothing is erased: you can reactivate them later."
      }
      confirmLabel={label}
      tone={reactivates ? "default" : "danger"}
      onConfirm={run}
      trigger={
        <Button type="button" variant={reactivates ? "primary" : "danger"}>
          {label}
        </Button>
      }
    />
  );
}
