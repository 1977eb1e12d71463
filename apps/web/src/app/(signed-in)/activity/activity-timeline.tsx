"use client";

import type { ActivityType } from "@ums/db/enums";
import { Alert, Button } from "@ums/ui";
import { useState } from "react";

import { trpc } from "../../../trpc/react";
import { contextOf } from "../../../lib/activity/activity-context";
import {
  activitySentence,
  type ActivityItem,
  type ActivityPage,
} from "../../../lib/activity/activity-sentence";
import { clockTime, dayHeading, dayKey, fullTime } from "../../../lib/activity/activity-time";
import { relativeTime } from "../../../lib/moments";

interface ActivityTimelineProps {
  /** the first page, read by the server with the page */
  initial: ActivityPage;
  /** the type the timeline is filtered by, or null for all */
  type: ActivityType | null;
  pageSize: number;
  /** the person's time zone (their profile's) */
  timeZone: string;
  /** when the page was rendered (ISO): relative times are counted from it */
  now: string;
}

/** The entries grouped by the day they happened on, newest day first (entries come newest first). */
function byDay(items: ActivityItem[], timeZone: string) {
  const days: { key: string; items: ActivityItem[] }[] = [];
  for (const item of items) {
    const key = dayKey(item.created_at, timeZone);
    const last = days.at(-1);
    if (last?.key === key) last.items.push(item);
    else days.push({ key, items: [item] });
  }
  return days;
}

/**
 * The person's activity, newest first, grouped by day. "Show more" fetches the next page through
 * the React Query cache and appends it in place; a polite status says how many were added.
 * (Not `useInfiniteQuery`: tRPC adds a `direction` field to its input, which the API's strict
 * input schema rightly refuses.)
 */
export function ActivityTimeline({
  initial,
  type,
  pageSize,
  timeZone,
  now,
}: ActivityTimelineProps) {
  const utils = trpc.useUtils();
  const [pages, setPages] = useState<ActivityPage[]>([initial]);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const items = pages.flatMap((page) => page.items);
  const nextCursor = pages.at(-1)?.next_cursor ?? null;
  const todayKey = dayKey(now, timeZone);

  async function showMore() {
    if (nextCursor === null) return;
    setLoading(true);
    setFailed(false);
    setAnnouncement("");
    try {
      const page = await utils.activities.mine.fetch({
        limit: pageSize,
        cursor: nextCursor,
        ...(type === null ? {} : { activity_type: type }),
      });
      setPages((current) => [...current, page]);
      const added = page.items.length;
      setAnnouncement(added === 1 ? "1 more activity shown." : `${added} more activities shown.`);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="grid gap-6">
      {byDay(items, timeZone).map((day) => {
        const headingId = `activity-day-${day.key}`;
        return (
          <section key={day.key} aria-labelledby={headingId} className="grid gap-3">
            <h2 id={headingId} className="text-lg font-semibold text-fg">
              {dayHeading(day.key, todayKey)}
            </h2>
            <ol className="grid gap-0 rounded-ums border-ums border-line bg-surface">
              {day.items.map((item) => {
                const context = contextOf(item);
                return (
                  <li
                    key={item.id}
                    className="grid gap-1 border-b border-line px-4 py-3 last:border-b-0 sm:grid-cols-[1fr_auto] sm:gap-4"
                  >
                    <div className="grid gap-0.5">
                      <p className="text-fg">{activitySentence(item)}</p>
                      {context ? <p className="text-sm text-fg-muted">{context}</p> : null}
                    </div>
                    <p className="text-sm text-fg-muted sm:text-end">
                      <time dateTime={item.created_at} title={fullTime(item.created_at, timeZone)}>
                        {relativeTime(item.created_at, now)}
                        <span aria-hidden="true"> · </span>
                        <span className="sr-only">, at </span>
                        {clockTime(item.created_at, timeZone)}
                      </time>
                    </p>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}

      {failed ? (
        <Alert tone="danger" title="Could not load more">
          The next activities did not load. Try again.
        </Alert>
      ) : null}
      {nextCursor !== null ? (
        <Button
          type="button"
          variant="secondary"
          className="justify-self-center"
          loading={loading}
          onClick={() => {
            void showMore();
          }}
        >
          Show more
        </Button>
      ) : (
        <p className="text-center text-sm text-fg-muted">Nothing older to show.</p>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
