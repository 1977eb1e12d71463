import type { Metadata, Route } from "next";
import { goalStatus } from "@ums/api/schemas/goals";
import { Badge, EmptyState, Progress } from "@ums/ui";

import { FilterLinks } from "../../../components/filter-links";
import { requireUser } from "../../../server/auth/require-user";
import { api } from "../../../server/trpc";
import { GoalActions } from "./goal-actions";
import { GoalDialog } from "./goal-dialog";
import {
  dayOf,
  goalStatuses,
  isManual,
  priorityLabels,
  progressText,
  statusLabels,
  statusTones,
  typeLabels,
  type Goal,
  type GoalStatus,
} from "./goal-labels";

export const metadata: Metadata = { title: "Your goals" };

interface GoalsPageProps {
  searchParams: Promise<{ status?: string | string[] }>;
}

const emptyTexts: Record<GoalStatus | "ALL", { title: string; description: string }> = {
  ALL: {
    title: "No goals yet",
    description: "Set yourself a goal: time to learn, courses to finish, a skill to grow.",
  },
  ACTIVE: { title: "No active goals", description: "Create a goal, or resume a paused one." },
  PAUSED: {
    title: "No paused goals",
    description: "Goals you pause wait here until you resume them.",
  },
  COMPLETED: {
    title: "No completed goals yet",
    description: "Goals you reach, or declare done, are listed here.",
  },
  CANCELLED: { title: "No cancelled goals", description: "Goals you cancel are kept here." },
};

/** The status filter, in the URL (`?status=`). */
function StatusFilter({ current }: { current: GoalStatus | undefined }) {
  return (
    <FilterLinks
      label="Filter goals by status"
      links={[
        { label: "All", href: "/goals", selected: current === undefined },
        ...goalStatuses.map((status) => ({
          label: statusLabels[status],
          href: `/goals?status=${status}` as Route,
          selected: status === current,
        })),
      ]}
    />
  );
}

function GoalCard({ goal }: { goal: Goal }) {
  const valueText = progressText(goal);
  return (
    <li className="grid gap-3 rounded-ums border-ums border-line bg-surface p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="text-lg font-semibold text-fg">{goal.title}</h2>
        <Badge tone={statusTones[goal.status]}>{statusLabels[goal.status]}</Badge>
      </div>
      {goal.description ? <p className="text-fg-muted">{goal.description}</p> : null}
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
        <div className="flex gap-2">
          <dt className="text-fg-muted">Type:</dt>
          <dd className="text-fg">{typeLabels[goal.goal_type]}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-fg-muted">Priority:</dt>
          <dd className="text-fg">{priorityLabels[goal.priority]}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-fg-muted">Target date:</dt>
          <dd className="text-fg">
            <time dateTime={goal.target_date}>{dayOf(goal.target_date)}</time>
          </dd>
        </div>
      </dl>
      {goal.target_value === null ? (
        <p className="text-sm text-fg">
          <span className="font-semibold">Progress:</span> {valueText}
        </p>
      ) : (
        <Progress
          label={`Progress: ${goal.title}`}
          labelHidden
          value={goal.progress_percentage}
          valueText={valueText}
        />
      )}
      <p className="text-sm text-fg-muted">
        {goal.target_value === null ? null : <span className="me-2 text-fg">{valueText}</span>}
        {isManual(goal)
          ? "You report this goal's progress."
          : "Tracked automatically from your learning."}
      </p>
      <GoalActions goal={goal} />
    </li>
  );
}

/** `/goals`: the signed-in user's goals with their progress, filtered by status from the URL. */
export default async function GoalsPage({ searchParams }: GoalsPageProps) {
  await requireUser();
  const requested = (await searchParams).status;
  const parsed = goalStatus.safeParse(Array.isArray(requested) ? requested[0] : requested);
  const status = parsed.success ? parsed.data : undefined;
  const goals = await (await api()).goals.mine(status ? { status } : {});
  const empty = emptyTexts[status ?? "ALL"];
  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-3xl leading-tight font-semibold text-fg">Your goals</h1>
          <p className="max-w-prose text-fg-muted">
            What you are aiming for and how far you are. Learning time, courses, scores and
            certificates count by themselves; you report the rest.
          </p>
        </div>
        <GoalDialog mode="create" />
      </header>
      <StatusFilter current={status} />
      {goals.length === 0 ? (
        <EmptyState title={empty.title} description={empty.description} />
      ) : (
        <ul className="grid gap-4" aria-label={status ? `${statusLabels[status]} goals` : "Goals"}>
          {goals.map((goal) => (
            <GoalCard key={goal.id} goal={goal} />
          ))}
        </ul>
      )}
    </div>
  );
}
