import { directSql, type Prisma } from "@ums/db";

import type { UserActor } from "../../auth/actor";
import { notFound } from "../../errors";
import { joinedRowRead } from "../direct-reads/joined-row";
import { userRelations } from "../direct-reads/user-relations";
import { preferencesSelect, profileSelect, statsSelect, userSelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { ensureUserDetails } from "./ensure-user-details";

export const ownProfileSelect = {
  ...userSelect,
  profile: { select: profileSelect },
  learning_preferences: { select: preferencesSelect },
  learning_stats: { select: statsSelect },
} satisfies Prisma.UserSelect;

type OwnProfileRow = Prisma.UserGetPayload<{ select: typeof ownProfileSelect }>;

/** ownProfileSelect as one prepared statement: the read behind every `GET /users/profile`. */
const ownProfileRead = joinedRowRead<OwnProfileRow>({
  table: "users",
  select: userSelect,
  relations: {
    profile: userRelations.profile,
    learning_preferences: userRelations.learning_preferences,
    learning_stats: userRelations.learning_stats,
  },
});
const ownProfileSql = `${ownProfileRead.select} WHERE t."id" = $1::uuid`;

/**
 * `GET /users/profile`: the caller's user row with profile, learning preferences and statistics.
 * Rows missing from older or imported accounts are created with defaults on first read.
 */
export async function getOwnProfile(ctx: ServiceContext<UserActor>) {
  const read = async () => {
    const [row] = await directSql(ctx.db).prepared<Record<string, unknown>>(ownProfileSql, [
      ctx.actor.userId,
    ]);
    if (row === undefined) throw notFound("User");
    return ownProfileRead.toObject(row);
  };
  const user = await read();
  if (user.profile && user.learning_preferences && user.learning_stats) return withRelations(user);
  await ensureUserDetails(ctx.db, user.id, {
    profile: user.profile !== null,
    preferences: user.learning_preferences !== null,
    stats: user.learning_stats !== null,
  });
  return withRelations(await read());
}

/** The type says what ensureUserDetails guarantees: every relation is there. */
function withRelations<
  T extends { profile: unknown; learning_preferences: unknown; learning_stats: unknown },
>(user: T) {
  const { profile, learning_preferences, learning_stats } = user;
  if (profile === null || learning_preferences === null || learning_stats === null) {
    throw new Error(`Profile rows of user are still missing after creating them`);
  }
  return user as T & {
    profile: NonNullable<T["profile"]>;
    learning_preferences: NonNullable<T["learning_preferences"]>;
    learning_stats: NonNullable<T["learning_stats"]>;
  };
}
