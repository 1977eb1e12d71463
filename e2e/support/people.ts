import { randomUUID } from "node:crypto";

import { hash } from "@node-rs/argon2";
import { createPrismaClient } from "@ums/db";
import type { ProfileVisibility, UserRole } from "@ums/db/enums";

import { demoPassword } from "./fixtures";
import { runtime } from "./runtime";

/** A person made for one test, who signs in with the demo password. */
export interface Person {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  name: string;
}

export interface PersonOptions {
  /** the demo organization's slug: "northwind" or "globex" */
  organization: string;
  firstName: string;
  lastName?: string;
  role?: UserRole;
  visibility?: ProfileVisibility;
  showEmail?: boolean;
  phone?: string;
  bio?: string;
  /** the profile's IANA time zone (the schema's default otherwise) */
  timezone?: string;
  /** minutes per week, in the learning preferences */
  weeklyStudyGoal?: number;
}

/** Demo accounts (packages/db demo data) that tests act as, beside the people they create. */
export const northwindAdmin = "olivia.chen@northwind.example.com";
export const northwindInstructor = "marcus.okafor@northwind.example.com";
export const globexAdmin = "hiro.tanaka@globex.example.com";
export const platformAdmin = "sam.rivera@northwind.example.com";

let passwordHash: Promise<string> | undefined;

/**
 * A fresh ACTIVE user with a profile, straight in the run's database, so that a test owns the
 * person it changes (no other spec signs in as them) and runs in any order.
 */
export async function createPerson(options: PersonOptions): Promise<Person> {
  passwordHash ??= hash(demoPassword);
  const db = createPrismaClient(runtime().databaseUrl, { maxConnections: 1 });
  try {
    const organization = await db.organization.findUniqueOrThrow({
      where: { slug: options.organization },
      select: { id: true },
    });
    const unique = randomUUID().slice(0, 8);
    const lastName = options.lastName ?? "Tester";
    const email = `${options.firstName.toLowerCase()}.${unique}@${options.organization}.example.com`;
    const user = await db.user.create({
      data: {
        email,
        first_name: options.firstName,
        last_name: lastName,
        role: options.role ?? "LEARNER",
        organization_id: organization.id,
        credential: { create: { password_hash: await passwordHash } },
        profile: {
          create: {
            profile_visibility: options.visibility ?? "ORGANIZATION",
            show_email: options.showEmail ?? false,
            phone_number: options.phone ?? null,
            bio: options.bio ?? null,
            ...(options.timezone ? { timezone: options.timezone } : {}),
          },
        },
        learning_preferences: { create: { weekly_study_goal: options.weeklyStudyGoal ?? null } },
        learning_stats: { create: {} },
      },
      select: { id: true },
    });
    return {
      id: user.id,
      email,
      firstName: options.firstName,
      lastName,
      name: `${options.firstName} ${lastName}`,
    };
  } finally {
    await db.$disconnect();
  }
}
