import { Card, StatusBadge } from "@ums/ui";

import { readDirectorySummary } from "../server/directory-summary";

const numbers = new Intl.NumberFormat("en");

function count(value: number, singular: string, plural: string): string {
  return `${numbers.format(value)} ${value === 1 ? singular : plural}`;
}

/** The live status line: whether the database answers, and how many accounts it holds. */
export async function ServiceStatus() {
  const summary = await readDirectorySummary();
  return (
    <Card title="Service status">
      {summary.state === "connected" && (
        <p className="status-line">
          <StatusBadge tone="success">Database connected</StatusBadge>
          <span>
            {count(summary.organizations, "organization", "organizations")} and{" "}
            {count(summary.users, "user", "users")}.
          </span>
        </p>
      )}
      {summary.state === "unreachable" && (
        <p className="status-line">
          <StatusBadge tone="danger">Database unavailable</StatusBadge>
          <span>The database did not answer. Try again in a moment.</span>
        </p>
      )}
      {summary.state === "not-configured" && (
        <>
          <p className="status-line">
            <StatusBadge tone="warning">Not configured</StatusBadge>
            <span>The web app has no database to read from.</span>
          </p>
          <p className="problem">{summary.problem}</p>
        </>
      )}
    </Card>
  );
}
