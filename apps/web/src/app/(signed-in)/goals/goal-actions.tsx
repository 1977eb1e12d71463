"use client";

import { updateGoalProgressInput } from "@ums/api/schemas/goals";
import { Alert, Button, ConfirmDialog, Dialog, TextField, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";
import { useState, type SubmitEvent } from "react";

import { failureOf } from "../../../lib/form-errors";
import { useForm } from "../../../lib/use-form";
import { trpc } from "../../../trpc/react";
import { GoalDialog } from "./goal-dialog";
import { isManual, isOpen, statusLabels, type Goal } from "./goal-labels";

/**
 * The buttons of one goal, only those its state allows: edit, progress (goals reported by hand),
 * pause or resume, complete (by hand), cancel (confirmed); delete once it is over.
 */
export function GoalActions({ goal }: { goal: Goal }) {
  const router = useRouter();
  const { toast } = useToast();
  const utils = trpc.useUtils();
  const pause = trpc.goals.pause.useMutation();
  const resume = trpc.goals.resume.useMutation();
  const complete = trpc.goals.complete.useMutation();
  const cancel = trpc.goals.cancel.useMutation();
  const remove = trpc.goals.delete.useMutation();

  /** Runs a change of state, says how it went, and shows the page as it now is. */
  async function change(
    run: () => Promise<Goal>,
    done: (after: Goal) => string,
    rethrow = false,
  ): Promise<void> {
    let after: Goal;
    try {
      after = await run();
    } catch (error) {
      toast({
        tone: "danger",
        title: `Could not change ${goal.title}`,
        description: failureOf(error, []).message ?? undefined,
      });
      if (rethrow) throw error;
      return;
    }
    toast({ title: done(after), description: goal.title });
    await utils.goals.invalidate();
    router.refresh();
  }

  const ids = { goal_id: goal.id };
  const open = isOpen(goal);
  const label = <span className="sr-only"> {goal.title}</span>;
  return (
    <div className="flex flex-wrap gap-2">
      {open ? <GoalDialog mode="edit" goal={goal} /> : null}
      {open && isManual(goal) ? <ProgressDialog goal={goal} /> : null}
      {goal.status === "ACTIVE" ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          loading={pause.isPending}
          onClick={() => {
            void change(
              () => pause.mutateAsync(ids),
              () => "Goal paused",
            );
          }}
        >
          Pause{label}
        </Button>
      ) : null}
      {goal.status === "PAUSED" ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          loading={resume.isPending}
          onClick={() => {
            void change(
              () => resume.mutateAsync(ids),
              (after) =>
                after.status === "COMPLETED" ? "Goal resumed and completed" : "Goal resumed",
            );
          }}
        >
          Resume{label}
        </Button>
      ) : null}
      {open && isManual(goal) ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          loading={complete.isPending}
          onClick={() => {
            void change(
              () => complete.mutateAsync(ids),
              () => "Goal completed",
            );
          }}
        >
          Mark as complete{label}
        </Button>
      ) : null}
      {open ? (
        <ConfirmDialog
          title={`Cancel ${goal.title}?`}
          description="A cancelled goal stops for good: it cannot be resumed, only deleted."
          confirmLabel="Cancel goal"
          cancelLabel="Keep goal"
          tone="danger"
          onConfirm={() =>
            change(
              () => cancel.mutateAsync(ids),
              () => "Goal cancelled",
              true,
            )
          }
          trigger={
            <Button type="button" variant="ghost" size="sm">
              Cancel goal{label}
            </Button>
          }
        />
      ) : (
        <ConfirmDialog
          title={`Delete ${goal.title}?`}
          description={`The ${statusLabels[goal.status].toLowerCase()} goal is removed from your list for good.`}
          confirmLabel="Delete goal"
          tone="danger"
          onConfirm={() =>
            change(
              () => remove.mutateAsync(ids),
              () => "Goal deleted",
              true,
            )
          }
          trigger={
            <Button type="button" variant="ghost" size="sm">
              Delete{label}
            </Button>
          }
        />
      )}
    </div>
  );
}

/** Reports the current value of a goal whose progress is not tracked automatically. */
function ProgressDialog({ goal }: { goal: Goal }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      size="sm"
      title={`Update progress: ${goal.title}`}
      description={
        goal.target_value === null
          ? "How far are you now?"
          : "How far are you now? Reaching the target completes an active goal."
      }
      trigger={
        <Button type="button" size="sm">
          Update progress<span className="sr-only"> of {goal.title}</span>
        </Button>
      }
    >
      {open ? (
        <ProgressForm
          goal={goal}
          onDone={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </Dialog>
  );
}

function ProgressForm({ goal, onDone }: { goal: Goal; onDone: () => void }) {
  const router = useRouter();
  const { toast } = useToast();
  const utils = trpc.useUtils();
  const form = useForm<"current_value">({ current_value: String(goal.current_value) });
  const update = trpc.goals.updateProgress.useMutation();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const raw = form.values.current_value.trim();
    const parsed = form.parse(updateGoalProgressInput, {
      goal_id: goal.id,
      current_value: raw === "" ? Number.NaN : Number(raw),
    });
    if (parsed === null) return;
    let after: Goal;
    try {
      after = await update.mutateAsync(parsed);
    } catch (error) {
      form.fail(failureOf(error, ["current_value"]));
      return;
    }
    toast({
      title: after.status === "COMPLETED" ? "Goal completed" : "Progress saved",
      description: goal.title,
    });
    onDone();
    await utils.goals.invalidate();
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
      <TextField
        label={goal.unit ? `Current value (${goal.unit})` : "Current value"}
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        {...(goal.target_value === null ? {} : { description: `Target: ${goal.target_value}` })}
        {...form.field("current_value")}
      />
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={update.isPending}>
          Save progress
        </Button>
      </div>
    </form>
  );
}
