import { buttonClassName, Card, EmptyState, Progress } from "@ums/ui";
import Link from "next/link";

import { displayName } from "../../components/site-header";
import { formatMinutes } from "../../lib/format-duration";
import { requireUser } from "../../server/auth/require-user";
import { api } from "../../server/trpc";
import { progressText } from "./goals/goal-labels";
import { StatList, StatTile } from "./statistics/stat-tile";

/** How many active goals the overview shows (the goals page has them all). */
const goalsShown = 3;

/** "1 day", "4 days". */
const days = (count: number) => (count === 1 ? "1 day" : `${count} days`);

/**
 * `/`: the learner's overview: this week's learning against their goal, their streak, the active
 * goals closest to their date, and their skills, each leading to its page. Read in one round of
 * parallel calls.
 */
export default async function HomePage() {
  const user = await requireUser();
  const caller = await api();
  const [stats, preferences, goals, skillGroups] = await Promise.all([
    caller.stats.mine(),
    caller.preferences.get(),
    caller.goals.mine({ status: "ACTIVE" }),
    caller.skills.mine(),
  ]);
  const skills = skillGroups.flatMap((group) => group.skills);
  const weeklyGoal = preferences.weekly_study_goal;
  const verified = skills.filter((skill) => skill.verified).length;
  const awaiting = skills.filter(
    (skill) => !skill.verified && skill.verification_requested_at !== null,
  ).length;

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl leading-tight font-semibold text-fg">
          Welcome, {displayName(user)}
        </h1>
        <p className="text-lg text-fg-muted">Your learning at a glance.</p>
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="This week">
          <StatList>
            <StatTile
              label="Learning time"
              value={formatMinutes(stats.this_week_learning_time)}
              detail={weeklyGoal === null ? undefined : `of ${formatMinutes(weeklyGoal)} planned`}
            />
            <StatTile label="Streak" value={days(stats.login_streak)} />
            <StatTile
              label="Courses completed"
              value={`${stats.courses_completed} of ${stats.total_courses_enrolled}`}
            />
          </StatList>
          {weeklyGoal === null ? (
            <p className="mt-4 text-sm text-fg-muted">
              Set a weekly study goal in your <Link href="/preferences">preferences</Link> to see
              how close you are.
            </p>
          ) : (
            <Progress
              className="mt-4"
              label="Weekly study goal"
              value={Math.min(stats.this_week_learning_time, weeklyGoal)}
              max={weeklyGoal}
              valueText={`${formatMinutes(stats.this_week_learning_time)} of ${formatMinutes(weeklyGoal)}`}
            />
          )}
          <p className="mt-4 text-sm">
            <Link href="/statistics">All your statistics</Link>
          </p>
        </Card>

        <Card title="Active goals">
          {goals.length === 0 ? (
            <EmptyState
              headingLevel={3}
              title="No active goals"
              description="A goal gives your learning a direction."
              action={
                <Link href="/goals" className={buttonClassName("secondary", "sm")}>
                  Set a goal
                </Link>
              }
            />
          ) : (
            <>
              <ul className="grid gap-4" aria-label="Active goals">
                {goals.slice(0, goalsShown).map((goal) => (
                  <li key={goal.id} className="grid gap-1">
                    {goal.target_value === null ? (
                      <p className="text-sm">
                        <span className="font-semibold text-fg">{goal.title}</span>:{" "}
                        {progressText(goal)}
                      </p>
                    ) : (
                      <Progress
                        label={goal.title}
                        value={goal.progress_percentage}
                        valueText={progressText(goal)}
                      />
                    )}
                  </li>
                ))}
              </ul>
              <p className="mt-4 text-sm">
                <Link href="/goals">
                  {goals.length > goalsShown ? `All ${goals.length} active goals` : "Your goals"}
                </Link>
              </p>
            </>
          )}
        </Card>

        <Card title="Skills">
          {skills.length === 0 ? (
            <EmptyState
              headingLevel={3}
              title="No skills yet"
              description="List what you can do; instructors can verify it."
              action={
                <Link href="/skills" className={buttonClassName("secondary", "sm")}>
                  Add a skill
                </Link>
              }
            />
          ) : (
            <>
              <StatList>
                <StatTile label="Skills" value={skills.length} />
                <StatTile label="Verified" value={verified} />
                <StatTile label="Awaiting verification" value={awaiting} />
              </StatList>
              <p className="mt-4 text-sm">
                <Link href="/skills">Your skills</Link>
              </p>
            </>
          )}
        </Card>

        <Card title="Your profile">
          <p className="text-fg-muted">
            Keep your profile, privacy and learning preferences up to date: they decide what others
            see and how the platform suits you.
          </p>
          <ul className="mt-4 flex flex-wrap gap-x-4 gap-y-2 text-sm">
            <li>
              <Link href="/profile">Edit your profile</Link>
            </li>
            <li>
              <Link href="/preferences">Learning preferences</Link>
            </li>
            <li>
              <Link href="/activity">Your activity</Link>
            </li>
          </ul>
        </Card>
      </div>
    </div>
  );
}
