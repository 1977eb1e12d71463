import { createHash } from "node:crypto";

import { hash } from "@node-rs/argon2";

import type { Db } from "../client";
import { refreshLearningStats } from "../derived";
import type { Prisma } from "../generated/prisma/client";
import {
  demoInvitations,
  demoOrganizations,
  demoPassword,
  demoUsers,
  type DemoUser,
} from "./demo-data";
import { deterministicId } from "./deterministic-id";

const day = 86_400_000;

export interface DemoAccount {
  email: string;
  password: string;
  role: string;
  organization: string;
}

export interface SeedResult {
  /** rows inserted per table (0 everywhere on a second run) */
  inserted: Record<string, number>;
  accounts: DemoAccount[];
  /** raw token of each PENDING demo invitation, to try the acceptance page */
  pendingInvitationTokens: Record<string, string>;
}

export const userId = (user: Pick<DemoUser, "organization" | "key">) =>
  deterministicId("user", user.organization, user.key);
const organizationId = (key: string) => deterministicId("organization", key);
const emailOf = (user: DemoUser) => {
  const domain = demoOrganizations.find((org) => org.key === user.organization)?.domain;
  return `${user.username}@${domain ?? "example.com"}`;
};
/** The raw token of a demo invitation: derived, so the demo link is the same on every machine. */
export const demoInvitationToken = (key: string) =>
  createHash("sha256").update(`ums-demo-invitation:${key}`).digest("base64url");
const sha256Hex = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Inserts the demo data set (demo-data.ts) in one transaction. Idempotent: every row has a
 * deterministic id and is inserted only when missing, so a second run changes nothing, and rows
 * people edited while trying the product are left as they are.
 */
export async function seedDemoData(db: Db, now = new Date()): Promise<SeedResult> {
  const rows = await buildRows(now);
  const inserted: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      inserted.organizations = (
        await tx.organization.createMany({ data: rows.organizations, skipDuplicates: true })
      ).count;
      inserted.users = (await tx.user.createMany({ data: rows.users, skipDuplicates: true })).count;
      inserted.user_credentials = (
        await tx.userCredential.createMany({ data: rows.credentials, skipDuplicates: true })
      ).count;
      inserted.user_profiles = (
        await tx.userProfile.createMany({ data: rows.profiles, skipDuplicates: true })
      ).count;
      inserted.learning_preferences = (
        await tx.learningPreferences.createMany({ data: rows.preferences, skipDuplicates: true })
      ).count;
      inserted.learning_events = (
        await tx.learningEvent.createMany({ data: rows.events, skipDuplicates: true })
      ).count;
      inserted.learning_stats = (
        await tx.learningStats.createMany({ data: rows.stats, skipDuplicates: true })
      ).count;
      // Statistics are derived from the events, by the same statement the API uses.
      await refreshLearningStats(
        tx,
        rows.stats.map((row) => row.user_id),
        now,
      );
      inserted.user_skills = (
        await tx.userSkill.createMany({ data: rows.skills, skipDuplicates: true })
      ).count;
      inserted.user_goals = (
        await tx.userGoal.createMany({ data: rows.goals, skipDuplicates: true })
      ).count;
      inserted.user_invitations = (
        await tx.userInvitation.createMany({ data: rows.invitations, skipDuplicates: true })
      ).count;
      inserted.user_activities = (
        await tx.userActivity.createMany({ data: rows.activities, skipDuplicates: true })
      ).count;
    },
    { timeout: 60_000 },
  );

  return {
    inserted,
    accounts: demoUsers
      .filter((user) => user.signIn)
      .map((user) => ({
        email: emailOf(user),
        password: demoPassword,
        role: user.role,
        organization: demoOrganizations.find((org) => org.key === user.organization)?.name ?? "",
      })),
    pendingInvitationTokens: Object.fromEntries(
      demoInvitations
        .filter((invitation) => invitation.status === "PENDING")
        .map((invitation) => [invitation.email, demoInvitationToken(invitation.key)]),
    ),
  };
}

async function buildRows(now: Date) {
  const today = new Date(now.toISOString().slice(0, 10));
  const daysFromToday = (days: number) => new Date(today.getTime() + days * day);
  const passwordHash = await hash(demoPassword);
  const temporaryPasswordHashes = new Map<string, string>();
  for (const invitation of demoInvitations) {
    if (invitation.temporaryPassword) {
      temporaryPasswordHashes.set(invitation.key, await hash(invitation.temporaryPassword));
    }
  }
  const adminOf = (organization: string) => userId({ organization, key: "admin" });
  const instructorOf = (organization: string) => userId({ organization, key: "instructor" });

  const organizations: Prisma.OrganizationCreateManyInput[] = demoOrganizations.map((org) => ({
    id: organizationId(org.key),
    name: org.name,
    slug: org.slug,
  }));

  const users: Prisma.UserCreateManyInput[] = demoUsers.map((user, index) => ({
    id: userId(user),
    email: emailOf(user),
    username: user.username,
    first_name: user.first_name,
    last_name: user.last_name,
    role: user.role,
    status: user.status,
    organization_id: organizationId(user.organization),
    created_at: new Date(now.getTime() - (200 - index * 10) * day),
    last_login: user.signIn ? new Date(now.getTime() - (index % 3) * day) : null,
  }));

  const credentials: Prisma.UserCredentialCreateManyInput[] = demoUsers
    .filter((user) => user.status !== "PENDING")
    .map((user) => ({ user_id: userId(user), password_hash: passwordHash }));

  const profiles: Prisma.UserProfileCreateManyInput[] = demoUsers.map((user, index) => ({
    id: deterministicId("profile", userId(user)),
    user_id: userId(user),
    bio: user.bio,
    timezone: user.timezone,
    language: user.language,
    city: user.city,
    country: user.country,
    phone_number: `+4420794601${String(index).padStart(2, "0")}`,
    gender: (["FEMALE", "MALE", "OTHER", "PREFER_NOT_TO_SAY"] as const)[index % 4],
    date_of_birth: new Date(Date.UTC(1980 + index, index % 12, 1 + index)),
    address_line1: `${10 + index} Learning Street`,
    postal_code: `${10_000 + index * 7}`,
    state_province: index % 2 === 0 ? "Greater Region" : null,
    linkedin_url: `https://www.linkedin.com/in/${user.username.replace(".", "-")}`,
    website_url: user.visibility === "PUBLIC" ? `https://${user.username}.example.com` : null,
    twitter_url: index % 3 === 0 ? `https://x.com/${user.username.replace(".", "_")}` : null,
    profile_visibility: user.visibility,
    show_email: user.visibility === "PUBLIC",
    show_phone: false,
  }));

  const preferences: Prisma.LearningPreferencesCreateManyInput[] = demoUsers.map((user, index) => {
    const [visual_score, auditory_score, reading_score, kinesthetic_score] = user.vark;
    return {
      id: deterministicId("preferences", userId(user)),
      user_id: userId(user),
      visual_score,
      auditory_score,
      reading_score,
      kinesthetic_score,
      preferred_content_types:
        [
          ["video", "interactive"],
          ["text", "audio"],
          ["video", "text", "interactive"],
        ][index % 3] ?? [],
      difficulty_preference: (["BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"] as const)[
        index % 4
      ],
      pace_preference: (["SLOW", "MODERATE", "FAST", "SELF_PACED"] as const)[index % 4],
      preferred_study_time: (["morning", "afternoon", "evening"] as const)[index % 3],
      daily_study_goal: 30 + (index % 3) * 15,
      weekly_study_goal: 180 + (index % 4) * 60,
      reminder_enabled: index % 5 !== 0,
      reminder_frequency: (["DAILY", "WEEKLY", "MONTHLY", "NEVER"] as const)[index % 4],
      reminder_time: `${String(7 + (index % 12)).padStart(2, "0")}:30`,
      font_size: (["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"] as const)[index % 4],
      high_contrast: index % 4 === 3,
      screen_reader: index % 6 === 5,
      closed_captions: index % 2 === 1,
    };
  });

  // Learning history for the active learners; their statistics are derived from it.
  const events = demoUsers.flatMap((user, index) =>
    user.signIn && user.role === "LEARNER" ? learningHistory(user, index, now) : [],
  );
  const stats: Prisma.LearningStatsCreateManyInput[] = demoUsers.map((user) => ({
    id: deterministicId("stats", userId(user)),
    user_id: userId(user),
  }));

  const skills: Prisma.UserSkillCreateManyInput[] = demoUsers.flatMap((user) =>
    user.skills.map((skill, index) => ({
      id: deterministicId("skill", userId(user), skill.name),
      user_id: userId(user),
      skill_name: skill.name,
      skill_category: skill.category,
      proficiency_level: skill.level,
      self_assessed: !skill.verified,
      verified: skill.verified ?? false,
      verified_by: skill.verified ? instructorOf(user.organization) : null,
      verified_at: skill.verified ? new Date(now.getTime() - (index + 5) * day) : null,
      evidence_type: skill.evidence?.type ?? null,
      evidence_url: skill.evidence?.url ?? null,
    })),
  );

  const goals: Prisma.UserGoalCreateManyInput[] = demoUsers.flatMap((user) =>
    user.goals.map((goal) => ({
      id: deterministicId("goal", userId(user), goal.title),
      user_id: userId(user),
      title: goal.title,
      description: `Demo goal: ${goal.title.toLowerCase()}.`,
      goal_type: goal.type,
      target_value: goal.target,
      current_value: goal.current,
      unit: goal.unit,
      start_date: daysFromToday(goal.window[0]),
      target_date: daysFromToday(goal.window[1]),
      completed_at: goal.status === "COMPLETED" ? daysFromToday(goal.window[1]) : null,
      status: goal.status,
      priority: goal.priority,
      progress_percentage: Math.min(100, Math.round((goal.current / goal.target) * 1000) / 10),
      last_progress_update: new Date(now.getTime() - 2 * day),
    })),
  );

  const invitations: Prisma.UserInvitationCreateManyInput[] = demoInvitations.map((invitation) => {
    const sent_at = new Date(now.getTime() - invitation.sentDaysAgo * day);
    const validFor = 7 * day;
    return {
      id: deterministicId("invitation", invitation.key),
      email: invitation.email,
      organization_id: organizationId(invitation.organization),
      invited_by: adminOf(invitation.organization),
      user_id: invitation.user
        ? userId({ organization: invitation.organization, key: invitation.user })
        : null,
      role: invitation.role,
      temporary_password: temporaryPasswordHashes.get(invitation.key) ?? null,
      invitation_token: sha256Hex(demoInvitationToken(invitation.key)),
      status: invitation.status,
      sent_at,
      expires_at: new Date(sent_at.getTime() + validFor),
      accepted_at: invitation.status === "ACCEPTED" ? new Date(sent_at.getTime() + day) : null,
      reminder_count: invitation.reminders,
      reminder_sent_at: invitation.reminders > 0 ? new Date(sent_at.getTime() + 2 * day) : null,
    };
  });

  const activities = activityLog(now);

  return {
    organizations,
    users,
    credentials,
    profiles,
    preferences,
    events,
    stats,
    skills,
    goals,
    invitations,
    activities,
  };
}

/** Two weeks of logins, study time, courses, assessments and achievements for one learner. */
function learningHistory(
  user: DemoUser,
  seed: number,
  now: Date,
): Prisma.LearningEventCreateManyInput[] {
  const events: Prisma.LearningEventCreateManyInput[] = [];
  const base = {
    source: "demo",
    user_id: userId(user),
    organization_id: deterministicId("organization", user.organization),
  };
  const course = (n: number) => deterministicId("course", String(n));
  const at = (daysAgo: number, hour: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo, hour));
  const add = (
    key: string,
    event: Omit<Prisma.LearningEventCreateManyInput, "event_id" | keyof typeof base>,
  ) => {
    events.push({
      ...base,
      ...event,
      id: deterministicId("event", userId(user), key),
      event_id: `demo-${user.username}-${key}`,
    });
  };

  add("enrol-1", { event_type: "COURSE_ENROLLED", occurred_at: at(40, 9), course_id: course(1) });
  add("enrol-2", {
    event_type: "COURSE_ENROLLED",
    occurred_at: at(20, 9),
    course_id: course(2 + seed),
  });
  add("complete-1", {
    event_type: "COURSE_COMPLETED",
    occurred_at: at(15, 17),
    course_id: course(1),
  });
  add("progress-2", {
    event_type: "COURSE_IN_PROGRESS",
    occurred_at: at(2, 18),
    course_id: course(2 + seed),
  });
  add("certificate-1", {
    event_type: "CERTIFICATE_EARNED",
    occurred_at: at(15, 17),
    course_id: course(1),
  });
  add("badge-1", { event_type: "BADGE_EARNED", occurred_at: at(10, 12) });
  add("points-1", {
    event_type: "POINTS_EARNED",
    occurred_at: at(10, 12),
    points: 150 + seed * 10,
  });
  for (const [n, daysAgo] of [12, 6, 1].entries()) {
    const score = 68 + ((seed * 7 + n * 11) % 30);
    add(`assessment-${n}`, {
      event_type: "ASSESSMENT_COMPLETED",
      occurred_at: at(daysAgo, 16),
      course_id: course(1),
      score,
      passed: score >= 70,
    });
  }
  // A login streak of (4 + seed % 5) days ending today, after a gap, after an older 3-day streak.
  const streak = 4 + (seed % 5);
  for (const daysAgo of [...Array.from({ length: streak }, (_, d) => d), 12, 13, 14]) {
    add(`login-${daysAgo}`, { event_type: "LOGIN", occurred_at: at(daysAgo, 8) });
    add(`time-${daysAgo}`, {
      event_type: "LEARNING_TIME",
      occurred_at: at(daysAgo, 9),
      minutes: 20 + ((daysAgo * 13 + seed) % 40),
      course_id: course(2 + seed),
    });
  }
  add("lesson-last", {
    event_type: "LESSON_COMPLETED",
    occurred_at: at(0, 10),
    course_id: course(2 + seed),
    lesson_id: deterministicId("lesson", String(seed)),
  });
  return events;
}

/** A plausible audit trail: what each person did, and what admins did to them. */
function activityLog(now: Date): Prisma.UserActivityCreateManyInput[] {
  const activities: Prisma.UserActivityCreateManyInput[] = [];
  const context = {
    ip_address: "203.0.113.10",
    user_agent: "Mozilla/5.0 (demo)",
    device_type: "desktop",
  };
  for (const [index, user] of demoUsers.entries()) {
    const id = userId(user);
    const admin = userId({ organization: user.organization, key: "admin" });
    const log = (
      key: string,
      daysAgo: number,
      entry: Omit<Prisma.UserActivityCreateManyInput, "id" | "user_id" | "created_at">,
    ) => {
      activities.push({
        id: deterministicId("activity", id, key),
        user_id: id,
        created_at: new Date(now.getTime() - daysAgo * day - index * 60_000),
        ...context,
        ...entry,
      });
    };
    if (user.role !== "SUPER_ADMIN" && user.key !== "admin") {
      log("created", 150, {
        activity_type: "USER_CREATED",
        actor_id: admin,
        activity_data: { role: user.role },
      });
      log("invited", 150, {
        activity_type: "INVITATION_SENT",
        actor_id: admin,
        activity_data: { email_domain: "example.com" },
      });
    }
    if (user.status === "PENDING") continue;
    log("profile", 30, {
      activity_type: "PROFILE_UPDATED",
      activity_data: { fields: ["bio", "timezone"] },
    });
    log("preferences", 20, {
      activity_type: "PREFERENCES_CHANGED",
      activity_data: { fields: ["visual_score", "reminder_time"] },
    });
    if (user.signIn)
      log("signed-in", 0, {
        activity_type: "SIGNED_IN",
        device_type: index % 2 ? "mobile" : "desktop",
      });
    for (const skill of user.skills) {
      log(`skill-${skill.name}`, 25, {
        activity_type: "SKILL_ADDED",
        activity_data: { skill_name: skill.name },
      });
      if (skill.verified) {
        log(`verified-${skill.name}`, 6, {
          activity_type: "SKILL_VERIFIED",
          actor_id: userId({ organization: user.organization, key: "instructor" }),
          activity_data: { skill_name: skill.name },
        });
      }
    }
    for (const goal of user.goals) {
      log(`goal-${goal.title}`, 28, {
        activity_type: "GOAL_CREATED",
        activity_data: { title: goal.title },
      });
      log(`goal-update-${goal.title}`, 2, {
        activity_type: "GOAL_UPDATED",
        activity_data: { title: goal.title, status: goal.status },
      });
    }
    if (user.status === "INACTIVE") {
      log("deactivated", 3, { activity_type: "USER_DEACTIVATED", actor_id: admin });
    }
  }
  return activities;
}
