import { listActivitiesInput, type ListActivitiesInput } from "@ums/api/schemas/activities";
import { ActivityType } from "@ums/db/enums";
import { z } from "zod";

import { endOfZonedDay, isCalendarDate, startOfZonedDay } from "../../../../lib/zoned-day";

/** The activity log's view, as its URL keeps it (`?type=&user_id=&actor_id=&from=&to=`). */
export interface ActivityFilters {
  type: ActivityType | null;
  /** whom the entries are about */
  userId: string | null;
  /** who did it */
  actorId: string | null;
  /** calendar days (YYYY-MM-DD) in the administrator's time zone, both included */
  from: string | null;
  to: string | null;
}

export type ActivityFilterErrors = Partial<Record<"from" | "to", string>>;

/** The list's filters for the API, without paging. */
export type ActivityListFilters = Omit<ListActivitiesInput, "limit" | "cursor">;

type SearchParams = Record<string, string | string[] | undefined>;

const typeParam = z.enum(ActivityType);
const idParam = z.uuid();

/** A parameter given once; a repeated one counts as not given. */
function single(params: SearchParams, name: string): string | null {
  const value = params[name];
  return typeof value === "string" && value !== "" ? value : null;
}

/** `URLSearchParams` as the record a page's `searchParams` is. */
export function searchParamsRecord(params: URLSearchParams): SearchParams {
  const record: SearchParams = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    record[name] = values.length === 1 ? values[0] : values;
  }
  return record;
}

/**
 * Reads the view from the URL and turns it into the API's filters. Parameters that are not what
 * they should be (an unknown type, an id that is not one) are left out rather than failing the
 * page; a date that is not a day, or a range that ends before it starts, is reported on its field
 * and not applied.
 */
export function readActivityFilters(
  params: SearchParams,
  timeZone: string,
): { filters: ActivityFilters; errors: ActivityFilterErrors; input: ActivityListFilters } {
  const type = typeParam.safeParse(single(params, "type"));
  const userId = idParam.safeParse(single(params, "user_id"));
  const actorId = idParam.safeParse(single(params, "actor_id"));
  const filters: ActivityFilters = {
    type: type.success ? type.data : null,
    userId: userId.success ? userId.data : null,
    actorId: actorId.success ? actorId.data : null,
    from: single(params, "from"),
    to: single(params, "to"),
  };

  const errors: ActivityFilterErrors = {};
  if (filters.from !== null && !isCalendarDate(filters.from)) errors.from = "Enter a date";
  if (filters.to !== null && !isCalendarDate(filters.to)) errors.to = "Enter a date";
  const from = errors.from === undefined ? filters.from : null;
  const to = errors.to === undefined ? filters.to : null;

  const input: ActivityListFilters = {
    ...(filters.type === null ? {} : { activity_type: [filters.type] }),
    ...(filters.userId === null ? {} : { user_id: filters.userId }),
    ...(filters.actorId === null ? {} : { actor_id: filters.actorId }),
    ...(from === null ? {} : { created_from: startOfZonedDay(from, timeZone).toISOString() }),
    ...(to === null ? {} : { created_to: endOfZonedDay(to, timeZone).toISOString() }),
  };
  // The server's own rules on the range (the start not after the end), before it is asked.
  const checked = listActivitiesInput.safeParse(input);
  if (!checked.success && checked.error.issues.some((issue) => issue.path[0] === "created_from")) {
    errors.from = "The first day must not be after the last day";
    delete input.created_from;
    delete input.created_to;
  }
  return { filters, errors, input };
}

/** Whether any filter narrows the log. */
export function isFiltered(filters: ActivityFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}
