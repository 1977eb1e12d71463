"use client";

import { Button, ConfirmDialog, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";

import type { Skill } from "../../app/(signed-in)/skills/skill-labels";
import { proficiencyLabel } from "../../app/(signed-in)/skills/skill-labels";
import { failureOf } from "../../lib/form-errors";
import { trpc } from "../../trpc/react";

interface SkillVerificationActionsProps {
  /** the skill's owner */
  userId: string;
  skill: Skill;
}

/**
 * Verify a person's skill at the level shown (if it changed meanwhile, the API refuses and the
 * page is read again), or withdraw a verification after confirming. For viewers
 * `mayVerifySkillsOf` allows; the API checks again.
 */
export function SkillVerificationActions({ userId, skill }: SkillVerificationActionsProps) {
  const router = useRouter();
  const { toast } = useToast();
  const verify = trpc.skills.verify.useMutation();
  const unverify = trpc.skills.unverify.useMutation();

  async function verifySkill() {
    try {
      await verify.mutateAsync({
        user_id: userId,
        skill_id: skill.id,
        proficiency_level: skill.proficiency_level,
      });
    } catch (error) {
      toast({
        tone: "danger",
        title: `Could not verify ${skill.skill_name}`,
        description: failureOf(error, []).message ?? undefined,
      });
      router.refresh();
      return;
    }
    toast({
      title: "Skill verified",
      description: `${skill.skill_name} at ${proficiencyLabel(skill.proficiency_level).toLowerCase()} level.`,
    });
    router.refresh();
  }

  async function withdraw() {
    try {
      await unverify.mutateAsync({ user_id: userId, skill_id: skill.id });
    } catch (error) {
      toast({
        tone: "danger",
        title: `Could not withdraw the verification of ${skill.skill_name}`,
        description: failureOf(error, []).message ?? undefined,
      });
      throw error;
    }
    toast({ title: "Verification withdrawn", description: skill.skill_name });
    router.refresh();
  }

  if (!skill.verified) {
    return (
      <Button
        type="button"
        size="sm"
        loading={verify.isPending}
        onClick={() => {
          void verifySkill();
        }}
      >
        Verify<span className="sr-only"> {skill.skill_name}</span>
      </Button>
    );
  }
  return (
    <ConfirmDialog
      title={`Withdraw the verification of ${skill.skill_name}?`}
      description="The skill becomes self-assessed again. You or another reviewer can verify it again later."
      confirmLabel="Withdraw verification"
      tone="danger"
      onConfirm={withdraw}
      trigger={
        <Button type="button" variant="secondary" size="sm">
          Unverify<span className="sr-only"> {skill.skill_name}</span>
        </Button>
      }
    />
  );
}
