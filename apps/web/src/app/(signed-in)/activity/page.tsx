import { ActivityType } from "@ums/db/enums";
import { EmptyState } from "@ums/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";

import { requireUser } from "../../../server/auth/require-user";
import { api } from "../../../server/trpc";
import { ActivityFilter } from "./activity-filter";
import { activityTypeLabels } from "../../../lib/activity/activity-sentence";
import { ActivityTimeline } from "./activity-timeline";

export const metadata: Metadata = { title: "Your activity" };

/** Entries per page of the timeline. */
const pageSize = 20;

const typeParam = z.enum(ActivityType);

interface ActivityPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** `/activity`: the signed-in person's own activity, newest first, optionally of one type. */
export default async function ActivityPage({ searchParams }: ActivityPageProps) {
  const user = await requireUser();
  const { type: requested } = await searchParams;
  // An unknown or repeated `type` shows everything rather than an error page.
  const parsed = typeParam.safeParse(requested);
  const type = parsed.success ? parsed.data : null;

  const caller = await api();
  const first = await caller.activities.mine({
    limit: pageSize,
    ...(type === null ? {} : { activity_type: type }),
  });
  const timeZone = user.timeZone;

  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl leading-tight font-semibold text-fg">Your activity</h1>
        <p className="text-fg-muted">
          What happened on your account, newest first, in your time zone ({timeZone}). If you see
          something you did not do, change your password.
        </p>
      </header>
      <ActivityFilter type={type} />
      {first.items.length === 0 ? (
        <EmptyState
          title={type === null ? "No activity yet" : `No ${activityTypeLabels[type].toLowerCase()}`}
          description={
            type === null
              ? "Changes to your profile, goals and skills, and your sign-ins, will appear here."
              : "Nothing of this type has happened on your account."
          }
          action={type === null ? undefined : <Link href="/activity">Show all activity</Link>}
        />
      ) : (
        <ActivityTimeline
          key={type ?? "all"}
          initial={first}
          type={type}
          pageSize={pageSize}
          timeZone={timeZone}
          now={new Date().toISOString()}
        />
      )}
    </div>
  );
}
