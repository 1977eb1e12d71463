import { createPrismaClient } from "@ums/db";

import { runtime } from "./runtime";

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
