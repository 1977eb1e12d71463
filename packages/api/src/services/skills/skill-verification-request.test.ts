import type { UserRole, UserStatus } from "@ums/db";
import { createOrganization, createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { UserActor } from "../../auth/actor";
import { callerAs, testSettings, userActor } from "../../testing";
import { decryptBody } from "../email";
import { verificationRequestCooldownMs } from "../../schemas/skills";
import { maxVerificationReviewers } from "./request-verification";

const { db } = await createTestDatabase();

/** A fresh organization, so the reviewers e-mailed are exactly the ones a test creates. */
async function newOrganization() {
  const organization = await createOrganization(db);
  const member = async (
    role: UserRole,
    first_name: string,
    status: UserStatus = "ACTIVE",
  ): Promise<UserActor & { email: string }> => {
    const user = await createUserWithDetails(db, {
      organization_id: organization.id,
      role,
      first_name,
      last_name: "Tester",
      status,
    });
    return { ...userActor(user), email: user.email };
  };
  return { organization, member };
}

/** A learner with one INTERMEDIATE skill, in an organization with one instructor and one admin. */
async function learnerWithSkill() {
  const { organization, member } = await newOrganization();
  const owner = await member("LEARNER", "Grace");
  const instructor = await member("INSTRUCTOR", "Ada");
  const orgAdmin = await member("ORG_ADMIN", "Edsger");
  const skill = await callerAs(db, owner).skills.add({
    skill_name: "PostgreSQL",
    skill_category: "Databases",
    proficiency_level: "INTERMEDIATE",
    evidence_type: "assessment",
  });
  return { organization, member, owner, instructor, orgAdmin, skill };
}

const outboxOf = (organizationId: string) =>
  db.emailOutbox.findMany({
    where: { organization_id: organizationId, template: "skill-verification-request" },
    orderBy: { to_email: "asc" },
  });

/** Everything a request could have written, to show a refusal wrote nothing. */
const traces = async (skillId: string, organizationId: string) => {
  const skill = await db.userSkill.findUniqueOrThrow({ where: { id: skillId } });
  return {
    skill,
    emails: await db.emailOutbox.count({ where: { organization_id: organizationId } }),
    activities: await db.userActivity.count({ where: { user_id: skill.user_id } }),
  };
};

describe("skills.requestVerification", () => {
  it("records the request, e-mails the organization's instructors and admins, and logs SKILL_UPDATED", async () => {
    const { organization, member, owner, instructor, orgAdmin, skill } = await learnerWithSkill();
    // Neither another learner nor a deactivated instructor is asked.
    await member("LEARNER", "Other");
    await member("INSTRUCTOR", "Gone", "INACTIVE");
    const before = Date.now();

    const requested = await callerAs(db, owner).skills.requestVerification({ skill_id: skill.id });

    expect(requested).toMatchObject({ id: skill.id, verified: false });
    expect(Date.parse(requested.verification_requested_at ?? "")).toBeGreaterThanOrEqual(
      before - 1000,
    );
    const [group] = await callerAs(db, owner).skills.mine();
    expect(group?.skills[0]?.verification_requested_at).toBe(requested.verification_requested_at);

    const emails = await outboxOf(organization.id);
    expect(emails.map((email) => email.to_email).sort()).toEqual(
      [instructor.email, orgAdmin.email].sort(),
    );
    const first = emails.find((email) => email.to_email === instructor.email);
    expect(first?.subject).toBe("Grace Tester asks you to verify a skill");
    const body = JSON.parse(
      decryptBody(testSettings, first?.body_encrypted ?? "", first?.id ?? ""),
    ) as { text: string };
    expect(body.text).toContain("Hello Ada,");
    expect(body.text).toContain("PostgreSQL (Databases) at intermediate level");
    expect(body.text).toContain("The evidence they name: assessment");
    expect(body.text).toContain(`https://learn.example.test/people/${owner.userId}`);

    const activity = await db.userActivity.findFirstOrThrow({
      where: { user_id: owner.userId },
      orderBy: { created_at: "desc" },
    });
    expect(activity).toMatchObject({
      activity_type: "SKILL_UPDATED",
      actor_id: null,
      activity_data: {
        skill_id: skill.id,
        fields: ["verification_requested_at"],
        verification_requested: true,
        reviewers_notified: 2,
      },
    });
  });

  it("refuses a verified skill (CONFLICT), changing nothing", async () => {
    const { organization, owner, instructor, skill } = await learnerWithSkill();
    await callerAs(db, instructor).skills.verify({ user_id: owner.userId, skill_id: skill.id });
    const before = await traces(skill.id, organization.id);
    await expect(
      callerAs(db, owner).skills.requestVerification({ skill_id: skill.id }),
    ).rejects.toMatchObject({ appCode: "CONFLICT", httpStatus: 409 });
    expect(await traces(skill.id, organization.id)).toEqual(before);
  });

  it("refuses a second request within the cool-down (RATE_LIMITED with the time to wait); after it, asking again is a reminder", async () => {
    const { organization, owner, skill } = await learnerWithSkill();
    await callerAs(db, owner).skills.requestVerification({ skill_id: skill.id });
    const before = await traces(skill.id, organization.id);

    const error = await callerAs(db, owner)
      .skills.requestVerification({ skill_id: skill.id })
      .then(
        () => null,
        (failure: unknown) => failure as { appCode: string; retryAfterSeconds: number },
      );
    expect(error?.appCode).toBe("RATE_LIMITED");
    expect(error?.retryAfterSeconds).toBeGreaterThan(verificationRequestCooldownMs / 1000 - 60);
    expect(error?.retryAfterSeconds).toBeLessThanOrEqual(verificationRequestCooldownMs / 1000);
    expect(await traces(skill.id, organization.id)).toEqual(before);

    // The cool-down has passed: the request goes out again.
    const longAgo = new Date(Date.now() - verificationRequestCooldownMs - 1000);
    await db.userSkill.update({
      where: { id: skill.id },
      data: { verification_requested_at: longAgo },
    });
    const again = await callerAs(db, owner).skills.requestVerification({ skill_id: skill.id });
    expect(Date.parse(again.verification_requested_at ?? "")).toBeGreaterThan(longAgo.getTime());
    expect(await outboxOf(organization.id)).toHaveLength(4);
  });

  it("is answered by a verification, withdrawn by a change of level or name, kept through category and evidence changes", async () => {
    const { owner, instructor, skill } = await learnerWithSkill();
    const api = callerAs(db, owner);
    await api.skills.requestVerification({ skill_id: skill.id });

    const recategorised = await api.skills.update({
      skill_id: skill.id,
      skill_category: "Data",
      evidence_url: "https://example.com/proof",
    });
    expect(recategorised.verification_requested_at).not.toBeNull();

    const relevelled = await api.skills.update({ skill_id: skill.id, proficiency_level: "EXPERT" });
    expect(relevelled.verification_requested_at).toBeNull();
    const withdrawn = await db.userActivity.findFirstOrThrow({
      where: { user_id: owner.userId },
      orderBy: { created_at: "desc" },
    });
    expect(withdrawn.activity_data).toMatchObject({ verification_request_withdrawn: true });

    // Withdrawn: the owner may ask again at once, and a verification answers it.
    await api.skills.requestVerification({ skill_id: skill.id });
    const verified = await callerAs(db, instructor).skills.verify({
      user_id: owner.userId,
      skill_id: skill.id,
    });
    expect(verified).toMatchObject({ verified: true, verification_requested_at: null });

    // Renaming clears the verification; the owner can then ask about the new name.
    const renamed = await api.skills.update({ skill_id: skill.id, skill_name: "Postgres" });
    expect(renamed).toMatchObject({ verified: false, verification_requested_at: null });
    await expect(api.skills.requestVerification({ skill_id: skill.id })).resolves.toMatchObject({
      verification_requested_at: expect.any(String) as string,
    });
  });

  it("is refused (CONFLICT) in an organization with nobody who could verify, changing nothing", async () => {
    const { organization, member } = await newOrganization();
    const owner = await member("LEARNER", "Alone");
    const skill = await callerAs(db, owner).skills.add({
      skill_name: "Solitude",
      skill_category: "Soft skills",
      proficiency_level: "EXPERT",
    });
    const before = await traces(skill.id, organization.id);
    await expect(
      callerAs(db, owner).skills.requestVerification({ skill_id: skill.id }),
    ).rejects.toMatchObject({ appCode: "CONFLICT" });
    expect(await traces(skill.id, organization.id)).toEqual(before);
  });

  it("e-mails at most the bounded number of reviewers, instructors first; an instructor's own request skips them", async () => {
    const { organization, member } = await newOrganization();
    const admin = await member("ORG_ADMIN", "Admin");
    for (let index = 0; index < maxVerificationReviewers; index++) {
      await member("INSTRUCTOR", `Instructor${index}`);
    }
    const owner = await member("INSTRUCTOR", "Asking");
    const skill = await callerAs(db, owner).skills.add({
      skill_name: "Pedagogy",
      skill_category: "Teaching",
      proficiency_level: "ADVANCED",
    });
    await callerAs(db, owner).skills.requestVerification({ skill_id: skill.id });
    const recipients = (await outboxOf(organization.id)).map((email) => email.to_email);
    expect(recipients).toHaveLength(maxVerificationReviewers);
    expect(recipients).not.toContain(owner.email);
    expect(recipients).not.toContain(admin.email);
  });

  it("of another person's skill is NOT_FOUND", async () => {
    const { owner, member, skill } = await learnerWithSkill();
    const colleague = await member("LEARNER", "Colleague");
    const stranger = await (await newOrganization()).member("LEARNER", "Stranger");
    expect(colleague.organizationId).toBe(owner.organizationId);
    for (const actor of [colleague, stranger]) {
      await expect(
        callerAs(db, actor).skills.requestVerification({ skill_id: skill.id }),
      ).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    }
  });
});
