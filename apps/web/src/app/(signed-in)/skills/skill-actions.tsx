"use client";

import { Button, ConfirmDialog, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { failureOf } from "../../../lib/form-errors";
import { trpc } from "../../../trpc/react";
import { SkillDialog } from "./skill-dialog";
import { requestPending, type Skill } from "./skill-labels";

interface SkillActionsProps {
  skill: Skill;
  categories: readonly string[];
}

/** Edit, ask for a verification, remove: the buttons under one skill. */
export function SkillActions({ skill, categories }: SkillActionsProps) {
  const router = useRouter();
  const { toast } = useToast();
  const requestVerification = trpc.skills.requestVerification.useMutation();
  const remove = trpc.skills.remove.useMutation();
  // Read once: whether the last request is recent enough that asking again would be refused.
  const [now] = useState(() => Date.now());
  const pending = requestPending(skill, now);

  async function askForVerification() {
    try {
      await requestVerification.mutateAsync({ skill_id: skill.id });
    } catch (error) {
      toast({
        tone: "danger",
        title: "Could not ask for a verification",
        description: failureOf(error, []).message ?? undefined,
      });
      return;
    }
    toast({
      title: "Verification requested",
      description: `The instructors and administrators of your organization were told about ${skill.skill_name}.`,
    });
    router.refresh();
  }

  async function removeSkill() {
    try {
      await remove.mutateAsync({ skill_id: skill.id });
    } catch (error) {
      toast({
        tone: "danger",
        title: "Could not remove the skill",
        description: failureOf(error, []).message ?? undefined,
      });
      // Keeps the confirmation open: nothing was removed.
      throw error;
    }
    toast({ title: "Skill removed", description: skill.skill_name });
    router.refresh();
  }

  return (
    <div className="flex flex-wrap gap-2">
      <SkillDialog mode="edit" skill={skill} categories={categories} />
      {skill.verified ? null : (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          disabled={pending}
          loading={requestVerification.isPending}
          onClick={() => {
            void askForVerification();
          }}
        >
          {pending
            ? "Verification requested"
            : skill.verification_requested_at
              ? "Ask again for verification"
              : "Request verification"}
          <span className="sr-only"> of {skill.skill_name}</span>
        </Button>
      )}
      <ConfirmDialog
        title={`Remove ${skill.skill_name}?`}
        description={
          skill.verified
            ? "The skill and its verification are removed from your profile. Adding it again starts it self-assessed."
            : "The skill is removed from your profile."
        }
        confirmLabel="Remove skill"
        tone="danger"
        onConfirm={removeSkill}
        trigger={
          <Button type="button" variant="ghost" size="sm">
            Remove<span className="sr-only"> {skill.skill_name}</span>
          </Button>
        }
      />
    </div>
  );
}
