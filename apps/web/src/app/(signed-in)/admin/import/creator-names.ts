import "server-only";

import type { api } from "../../../../server/trpc";

type Caller = Awaited<ReturnType<typeof api>>;

/**
 * Who started each run, by user id, in words: "You" for the viewer, the administrator's name
 * otherwise. Runs are started by a handful of administrators, so their users are read one by one;
 * one the viewer may not see (a platform administrator of another organization) is left out.
 */
export async function creatorNames(
  caller: Caller,
  runs: readonly { created_by: string | null }[],
  viewerId: string,
): Promise<Map<string, string>> {
  const ids = [...new Set(runs.map((run) => run.created_by))].filter(
    (id): id is string => id !== null && id !== viewerId,
  );
  const names = await Promise.all(
    ids.map((id) =>
      caller.users
        .get({ user_id: id })
        .then((user) => [id, `${user.first_name} ${user.last_name}`.trim()] as const)
        .catch(() => null),
    ),
  );
  return new Map([
    [viewerId, "You"],
    ...names.filter((entry): entry is readonly [string, string] => entry !== null),
  ]);
}
