import { Badge, EmptyState, Progress } from "@ums/ui";

import {
  dayOf,
  priorityLabels,
  progressText,
  statusLabels,
  statusTones,
  typeLabels,
} from "../../../goals/goal-labels";
import type { UserDetails } from "./user-labels";

/** The user's goals (open ones first, by target date) with their progress, as the goals page shows them. */
export function GoalsTab({ user }: { user: UserDetails }) {
  if (user.goals.length === 0) {
    return <EmptyState title="No goals yet" headingLevel={2} />;
  }
  return (
    <ul className="grid gap-4" aria-label="Goals">
      {user.goals.map((goal) => (
        <li key={goal.id} className="grid gap-3 rounded-ums border-ums border-line bg-surface p-4">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h2 className="text-lg font-semibold text-fg">{goal.title}</h2>
            <Badge tone={statusTones[goal.status]}>{statusLabels[goal.status]}</Badge>
          </div>
          {goal.description ? <p className="text-fg-muted">{goal.description}</p> : null}
          <p className="text-sm text-fg-muted">
            {typeLabels[goal.goal_type]} · {priorityLabels[goal.priority]} priority · target{" "}
            <time dateTime={goal.target_date}>{dayOf(goal.target_date)}</time>
          </p>
          {goal.target_value === null ? (
            <p className="text-sm text-fg">Progress: {progressText(goal)}</p>
          ) : (
            <Progress
              label={`Progress: ${goal.title}`}
              labelHidden
              value={goal.progress_percentage}
              valueText={progressText(goal)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
