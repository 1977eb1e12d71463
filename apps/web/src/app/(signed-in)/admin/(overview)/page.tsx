import type { UserStatus } from "@ums/db/enums";
import { buttonClassName, Card, EmptyState } from "@ums/ui";
import type { Metadata, Route } from "next";
import Link from "next/link";

import { formatShortDay } from "../../../../lib/format-calendar-day";
import { formatMinutes } from "../../../../lib/format-duration";
import { adminScope } from "../../../../server/admin-scope";
import { api } from "../../../../server/trpc";
import { StatList, StatTile } from "../../statistics/stat-tile";
import { LazyOverviewCharts } from "./lazy-overview-charts";
import { everyDay, overviewRangeOf, overviewRanges, rangeDays } from "./overview-range";
import { SkillsOverviewTable } from "./skills-overview-table";

export const metadata: Metadata = { title: "Overview · Administration" };

/** The statuses the people figures count, in the order they are shown. */
const statuses: { status: UserStatus; label: string }[] = [
  { status: "ACTIVE", label: "Active" },
  { status: "PENDING", label: "Invited, not yet joined" },
  { status: "SUSPENDED", label: "Suspended" },
  { status: "INACTIVE", label: "Deactivated" },
];

const quickLinks: { href: Route; label: string; description: string }[] = [
  {
    href: "/admin/invite",
    label: "Invite people",
    description: "One person, or many from a CSV file",
  },
  { href: "/admin/users", label: "Users", description: "Find, edit, deactivate" },
  { href: "/admin/invitations", label: "Invitations", description: "Resend, revoke, follow up" },
  { href: "/admin/activity", label: "Activity", description: "Who did what, and when" },
];

const score = (value: number | null) => (value === null ? "–" : `${Math.round(value * 10) / 10}%`);

interface AdminOverviewPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * `/admin`: the organization at a glance. Its learning over a period chosen in the URL
 * (`?range=7d|30d|90d|12m`: figures, and charts per day), its people by status, its most common
 * skills, and the way to the other admin pages.
 */
export default async function AdminOverviewPage({ searchParams }: AdminOverviewPageProps) {
  const { organization, organizationInput } = await adminScope();
  const range = overviewRangeOf((await searchParams).range);
  const period = overviewRanges[range].label.toLowerCase();
  const days = rangeDays(range, new Date());
  const caller = await api();
  // Four counts, each one indexed query (organization, status) with `include_total`; past the
  // API's count cap a count reads "more than" the cap ("10,000+").
  const countOf = async (status: UserStatus) => {
    const page = await caller.users.list({
      ...organizationInput,
      status,
      limit: 1,
      include_total: true,
    });
    const text = (page.total ?? 0).toLocaleString("en-GB");
    return page.total_kind === "at_least" ? `${text}+` : text;
  };
  const [summary, skills, ...counts] = await Promise.all([
    caller.stats.organizationSummary({ ...organizationInput, ...days }),
    caller.skills.overview(organizationInput),
    ...statuses.map(({ status }) => countOf(status)),
  ]);

  const chartDays = everyDay(summary.from, summary.to, summary.days, (date) => ({
    date,
    active_learners: 0,
    learning_time: 0,
    courses_completed: 0,
    assessments_taken: 0,
    average_score: null,
  }));
  const noLearning = summary.days.length === 0;

  return (
    <div className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="text-3xl leading-tight font-semibold text-fg">{organization.name}</h1>
        <p className="text-fg-muted">
          The organization at a glance: its learning, people and skills.
        </p>
      </header>

      <nav aria-label="Quick links">
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {quickLinks.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                className="grid h-full gap-1 rounded-ums border-ums border-line bg-surface p-4 text-fg hover:border-line-strong focus-visible:outline-2 focus-visible:outline-offset-2"
              >
                <span className="font-semibold underline underline-offset-2">{link.label}</span>
                <span className="text-sm text-fg-muted">{link.description}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="learning-heading" className="grid gap-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="grid gap-1">
            <h2 id="learning-heading" className="text-xl font-semibold text-fg">
              Learning
            </h2>
            <p className="text-sm text-fg-muted">
              {formatShortDay(summary.from)} to {formatShortDay(summary.to)} (UTC days).
            </p>
          </div>
          <nav aria-label="Period">
            <ul className="flex flex-wrap gap-2">
              {Object.entries(overviewRanges).map(([key, { label }]) => (
                <li key={key}>
                  <Link
                    href={`/admin?range=${key}`}
                    aria-current={key === range ? "page" : undefined}
                    className={buttonClassName(key === range ? "primary" : "secondary", "sm")}
                  >
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>

        <Card title={overviewRanges[range].label}>
          <StatList>
            <StatTile
              label="Active learners"
              value={summary.active_learners.toLocaleString("en-GB")}
            />
            <StatTile label="Learning time" value={formatMinutes(summary.total_learning_time)} />
            <StatTile
              label="Courses completed"
              value={summary.courses_completed.toLocaleString("en-GB")}
            />
            <StatTile
              label="Assessments taken"
              value={summary.assessments_taken.toLocaleString("en-GB")}
            />
            <StatTile label="Average score" value={score(summary.average_score)} />
          </StatList>
        </Card>

        {noLearning ? (
          <EmptyState
            title={`No learning in ${period}`}
            description="The figures and charts fill in as the platform's courses report what people learn. Choose a longer period to look further back."
          />
        ) : (
          <LazyOverviewCharts
            learners={chartDays.map((day) => ({
              label: formatShortDay(day.date),
              value: day.active_learners,
            }))}
            minutes={chartDays.map((day) => ({
              label: formatShortDay(day.date),
              value: day.learning_time,
            }))}
            scores={chartDays.flatMap((day) =>
              day.average_score === null
                ? []
                : [{ label: formatShortDay(day.date), value: day.average_score }],
            )}
            period={period}
          />
        )}
      </section>

      <section aria-labelledby="people-heading" className="grid gap-4">
        <h2 id="people-heading" className="text-xl font-semibold text-fg">
          People
        </h2>
        <Card title="Accounts by status">
          <StatList>
            {statuses.map(({ status, label }, index) => (
              <StatTile
                key={status}
                label={label}
                value={
                  <Link
                    href={`/admin/users?status=${status}`}
                    className="underline underline-offset-2"
                  >
                    {counts[index] ?? "0"}
                    <span className="sr-only"> – see them</span>
                  </Link>
                }
              />
            ))}
          </StatList>
        </Card>
      </section>

      <section aria-labelledby="skills-heading" className="grid gap-4">
        <h2 id="skills-heading" className="text-xl font-semibold text-fg">
          Skills
        </h2>
        <SkillsOverviewTable overview={skills} />
      </section>
    </div>
  );
}
