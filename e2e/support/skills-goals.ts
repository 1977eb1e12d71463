import { randomUUID } from "node:crypto";

import { createPrismaClient } from "@ums/db";

import { runtime } from "./runtime";

/** The demo instructor of Northwind Academy, who verifies skills of its learners. */
export const northwindInstructor = "marcus.okafor@northwind.example.com";

/**
 * A fresh ACTIVE learner of Northwind Academy who signs in with the demo password (the demo
 * instructor's password hash is copied), so the skills and goals journeys start from nothing and
 * never touch the demo accounts other specs use.
 */
export async function createFreshLearner(
  firstName: string,
): Promise<{ id: string; email: string }> {
  const db = createPrismaClient(runtime().databaseUrl, { maxConnections: 1 });
  try {
    const instructor = await db.user.findUniqueOrThrow({
      where: { email: northwindInstructor },
      select: { organization_id: true, credential: { select: { password_hash: true } } },
    });
    if (instructor.credential === null) throw new Error(`${northwindInstructor} cannot sign in`);
    const suffix = randomUUID().slice(0, 8);
    const email = `${firstName.toLowerCase()}.${suffix}@northwind.example.com`;
    const user = await db.user.create({
      data: {
        email,
        first_name: firstName,
        last_name: "Tester",
        role: "LEARNER",
        status: "ACTIVE",
        organization_id: instructor.organization_id,
        profile: { create: {} },
        learning_preferences: { create: {} },
        learning_stats: { create: {} },
        credential: { create: { password_hash: instructor.credential.password_hash } },
      },
      select: { id: true, email: true },
    });
    return user;
  } finally {
    await db.$disconnect();
  }
}

/** The id of `userId`'s skill named `skillName`. */
export async function skillIdOf(userId: string, skillName: string): Promise<string> {
  const db = createPrismaClient(runtime().databaseUrl, { maxConnections: 1 });
  try {
    const skill = await db.userSkill.findFirstOrThrow({
      where: { user_id: userId, skill_name: skillName },
      select: { id: true },
    });
    return skill.id;
  } finally {
    await db.$disconnect();
  }
}
