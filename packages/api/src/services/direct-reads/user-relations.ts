import { organizationSelect, preferencesSelect, profileSelect, statsSelect } from "../selects";
import type { JoinedRowShape } from "./joined-row";

/** A user's one-row relations for `joinedRowRead`, as the Prisma relations of the same names. */
export const userRelations = {
  organization: { table: "organizations", select: organizationSelect, ownKey: "organization_id" },
  profile: { table: "user_profiles", select: profileSelect, foreignKey: "user_id" },
  learning_preferences: {
    table: "learning_preferences",
    select: preferencesSelect,
    lists: ["preferred_content_types"],
    foreignKey: "user_id",
  },
  learning_stats: { table: "learning_stats", select: statsSelect, foreignKey: "user_id" },
} satisfies JoinedRowShape["relations"];
