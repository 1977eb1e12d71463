import { Prisma, type Db } from "@ums/db";
import {
  createActivity,
  createApiKey,
  createCredential,
  createGoal,
  createLearningEvent,
  createOrganization,
  createPreferences,
  createProfile,
  createSkill,
  createStats,
  createUser,
} from "@ums/db/testing";

/**
 * The small organization behind the example files of packages/api/examples/data-transfer: every
 * relation, fixed timestamps (so the export is the same bytes on every run), and the text an
 * interchange file must carry unchanged (commas, quotes, line breaks, formula-like text, accents).
 * Beside it, another organization whose data must never appear in the example's export, and a
 * platform super admin (in that other organization) who acted on one of the example's users.
 */
export async function createExampleOrganization(db: Db) {
  const at = (iso: string) => new Date(iso);
  const stamps = (iso: string) => ({ created_at: at(iso), updated_at: at(iso) });

  const organization = await createOrganization(db, { name: "Example Academy", slug: "example" });
  const other = await createOrganization(db, { name: "Other Org", slug: "other" });
  const organization_id = organization.id;

  const superAdmin = await createUser(db, {
    organization_id: other.id,
    email: "root@other.example",
    first_name: "Root",
    last_name: "Admin",
    role: "SUPER_ADMIN",
  });
  const outsider = await createUser(db, {
    organization_id: other.id,
    email: "outsider@other.example",
    first_name: "Out",
    last_name: "Sider",
  });
  await createProfile(db, { user_id: outsider.id, bio: "Not to be exported" });
  await createSkill(db, { user_id: outsider.id, skill_name: "Secret skill" });
  await createLearningEvent(db, { user_id: outsider.id, event_id: "outsider-1" });

  const instructor = await createUser(db, {
    organization_id,
    email: "grace.hopper@example.academy",
    username: "grace",
    first_name: "Grace",
    last_name: "Hopper",
    role: "INSTRUCTOR",
    last_login: at("2026-03-01T08:00:00.000Z"),
    ...stamps("2025-01-10T09:00:00.000Z"),
  });
  await createProfile(db, {
    user_id: instructor.id,
    bio: null,
    timezone: "America/New_York",
    language: "en-US",
    ...stamps("2025-01-10T09:00:00.000Z"),
  });

  const learner = await createUser(db, {
    organization_id,
    email: "ada.lovelace@example.academy",
    username: "ada",
    first_name: "Ada",
    last_name: "Lovelace, Countess",
    subscription_id: "7d1a4c1e-0b6f-4c5e-9a43-1f2d9c3b8e11",
    last_login: at("2026-03-02T18:30:00.000Z"),
    created_at: at("2025-02-01T10:00:00.000Z"),
    updated_at: at("2026-02-28T12:00:00.000Z"),
  });
  await createCredential(db, { user_id: learner.id });
  await createApiKey(db, { organization_id, created_by: learner.id });
  await createProfile(db, {
    user_id: learner.id,
    avatar_url: "https://cdn.example.academy/avatars/ada-512.webp",
    bio: 'Writes "notes" on engines,\nthen more notes.\r\n=SUM(A1:A2) is just text here.',
    timezone: "Europe/London",
    language: "en-GB",
    phone_number: "+442079460123",
    date_of_birth: at("1990-12-10T00:00:00.000Z"),
    gender: "FEMALE",
    address_line1: "12 St James's Square",
    address_line2: " Flat 2 ",
    city: "London",
    postal_code: "SW1Y 4JH",
    country: "GB",
    linkedin_url: "https://www.linkedin.com/in/ada",
    website_url: "https://ada.example.academy/?a=1,b=2",
    profile_visibility: "PUBLIC",
    show_email: true,
    ...stamps("2025-02-01T10:05:00.000Z"),
  });
  await createPreferences(db, {
    user_id: learner.id,
    visual_score: 0.8,
    auditory_score: 0.25,
    reading_score: 0.6,
    kinesthetic_score: 0.1,
    preferred_content_types: ["video", "interactive"],
    difficulty_preference: "ADVANCED",
    pace_preference: "FAST",
    preferred_study_time: "evening",
    daily_study_goal: 45,
    weekly_study_goal: 300,
    reminder_frequency: "WEEKLY",
    reminder_time: "19:30",
    font_size: "LARGE",
    closed_captions: true,
    ...stamps("2025-02-01T10:06:00.000Z"),
  });
  await createStats(db, { user_id: learner.id, total_learning_time: 999, points_earned: 5 });
  await createSkill(db, {
    user_id: learner.id,
    skill_name: "Mathematics",
    skill_category: "Science",
    proficiency_level: "EXPERT",
    self_assessed: false,
    verified: true,
    verified_by: instructor.id,
    verified_at: at("2025-06-01T15:00:00.000Z"),
    evidence_type: "certificate",
    evidence_url: "https://certs.example.academy/ada/maths",
    ...stamps("2025-03-01T10:00:00.000Z"),
  });
  await createSkill(db, {
    user_id: learner.id,
    skill_name: 'Poetry, "analytical"',
    skill_category: "Arts",
    proficiency_level: "BEGINNER",
    verification_requested_at: at("2026-01-05T09:00:00.000Z"),
    ...stamps("2025-04-01T10:00:00.000Z"),
  });
  await createGoal(db, {
    user_id: learner.id,
    title: "-Finish the engine notes",
    description: "Three notes,\nseven tables",
    goal_type: "CUSTOM",
    target_value: 7,
    current_value: 3.5,
    unit: "tables",
    start_date: at("2026-01-01T00:00:00.000Z"),
    target_date: at("2026-06-30T00:00:00.000Z"),
    priority: "HIGH",
    progress_percentage: 50,
    last_progress_update: at("2026-02-01T12:00:00.000Z"),
    ...stamps("2026-01-01T08:00:00.000Z"),
  });
  await createGoal(db, {
    user_id: learner.id,
    title: "Complete the SQL course",
    goal_type: "COURSE_COMPLETION",
    target_value: 1,
    current_value: 1,
    unit: "courses",
    start_date: at("2025-09-01T00:00:00.000Z"),
    target_date: at("2025-12-31T00:00:00.000Z"),
    status: "COMPLETED",
    completed_at: at("2025-11-20T16:00:00.000Z"),
    progress_percentage: 100,
    ...stamps("2025-09-01T08:00:00.000Z"),
  });
  await createActivity(db, {
    user_id: learner.id,
    activity_type: "PROFILE_UPDATED",
    activity_data: { fields: ["bio", "city"], note: 'a, "b"' },
    ip_address: "203.0.113.7",
    user_agent: "Mozilla/5.0 (X11; Linux x86_64)",
    device_type: "desktop",
    created_at: at("2026-02-28T12:00:00.000Z"),
  });
  await createActivity(db, {
    user_id: learner.id,
    actor_id: instructor.id,
    activity_type: "SKILL_VERIFIED",
    activity_data: { skill_name: "Mathematics" },
    created_at: at("2025-06-01T15:00:00.000Z"),
  });
  await createActivity(db, {
    user_id: learner.id,
    actor_id: superAdmin.id,
    activity_type: "USER_UPDATED",
    activity_data: Prisma.DbNull,
    created_at: at("2026-01-15T11:00:00.000Z"),
  });
  const event = (event_id: string, occurred_at: string, fields: object) =>
    createLearningEvent(db, {
      user_id: learner.id,
      source: "lms",
      event_id,
      occurred_at: at(occurred_at),
      minutes: null,
      ...fields,
    });
  await event("e-1", "2025-09-02T09:00:00.000Z", {
    event_type: "COURSE_ENROLLED",
    course_id: "5b0c4a4e-8d51-4e0a-9f55-2c2d1b0a9e01",
  });
  await event("e-2", "2025-09-03T09:00:00.000Z", {
    event_type: "LEARNING_TIME",
    minutes: 90,
    course_id: "5b0c4a4e-8d51-4e0a-9f55-2c2d1b0a9e01",
    payload: { module: "joins" },
  });
  await event("e-3", "2025-11-20T15:00:00.000Z", {
    event_type: "ASSESSMENT_COMPLETED",
    score: 87.5,
    passed: true,
    course_id: "5b0c4a4e-8d51-4e0a-9f55-2c2d1b0a9e01",
  });
  await event("e-4", "2025-11-20T16:00:00.000Z", { event_type: "POINTS_EARNED", points: 250 });

  // A user with no profile, preferences or relations at all.
  await createUser(db, {
    organization_id,
    email: "zoe.new@example.academy",
    first_name: "Zoë",
    last_name: "Ñew",
    status: "PENDING",
    ...stamps("2026-03-03T07:00:00.000Z"),
  });

  return { organization, other, learner, instructor, superAdmin, outsider };
}
