import "server-only";

import type { ActivityItem } from "../../../../lib/activity/activity-sentence";
import type { api } from "../../../../server/trpc";

type Caller = Awaited<ReturnType<typeof api>>;

/** "Ada Lovelace (ada@example.com)". */
const personLabel = (person: { first_name: string; last_name: string; email: string }) =>
  `${`${person.first_name} ${person.last_name}`.trim()} (${person.email})`;

/**
 * How the filters name a chosen person: from the page's entries when one is about them (or by
 * them), else read through the API, which answers only for people the administrator may see. A
 * person of another organization is "Not in this organization", never their name.
 */
export async function chosenPersonLabel(
  caller: Caller,
  id: string | null,
  items: ActivityItem[],
  side: "user" | "actor",
): Promise<string | null> {
  if (id === null) return null;
  const seen = items.find((item) => item[side]?.id === id)?.[side];
  if (seen) return personLabel(seen);
  try {
    return personLabel(await caller.users.get({ user_id: id }));
  } catch {
    return "Not in this organization";
  }
}
