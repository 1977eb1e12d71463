import { mayVerifySkillsOf } from "@ums/api/rules/skill-verification";
import { assignableRoles, roleAndStatusLockedBecause } from "@ums/api/rules/user-administration";
import { Avatar, Badge, EmptyState } from "@ums/ui";
import type { Metadata } from "next";
import type { ReactNode } from "react";

import {
  groupByCategory,
  ReviewableSkills,
} from "../../../../../components/skills/reviewable-skills";
import { roleLabels } from "../../../../../lib/roles";
import { adminScope } from "../../../../../server/admin-scope";
import { api } from "../../../../../server/trpc";
import { historyWeeks, StatisticsOverview } from "../../../statistics/statistics-overview";
import { ActivityTab } from "./activity-tab";
import { EditUserDialog } from "./edit-user-dialog";
import { GoalsTab } from "./goals-tab";
import { InvitationsTab } from "./invitations-tab";
import { loadUser } from "./load-user";
import { PreferencesTab } from "./preferences-tab";
import { ProfileTab } from "./profile-tab";
import { UserDetailTabs } from "./user-detail-tabs";
import { statusLabels, statusTones } from "../../../../../lib/user-labels";
import { UserStatusActions } from "./user-status-actions";

export const metadata: Metadata = { title: "User" };

const tabs = [
  "profile",
  "preferences",
  "statistics",
  "skills",
  "goals",
  "invitations",
  "activity",
] as const;
type Tab = (typeof tabs)[number];

const tabLabels: Record<Tab, string> = {
  profile: "Profile",
  preferences: "Preferences",
  statistics: "Statistics",
  skills: "Skills",
  goals: "Goals",
  invitations: "Invitations",
  activity: "Activity",
};

const isTab = (value: unknown): value is Tab => tabs.includes(value as Tab);

/** Entries the Activity tab shows; the rest are a link away, on the organization's log. */
const recentActivityCount = 20;

/**
 * `/admin/users/<id>`: one user with every relation (`users.get`) in tabs, their statistics and
 * charts, and what the viewer may do: edit names, username, role and status, verify skills,
 * deactivate or reactivate. Unknown ids, malformed ones and users of another organization all get
 * the same not-found page (from the layout, see there).
 */
export default async function AdminUserPage({
  params,
  searchParams,
}: PageProps<"/admin/users/[userId]">) {
  const [{ user: viewer }, { userId }, query] = await Promise.all([
    adminScope(),
    params,
    searchParams,
  ]);
  // First the user (or the not-found page): the statistics are asked only of a user in scope.
  const user = await loadUser(userId);
  const caller = await api();
  const [stats, history, activity] = await Promise.all([
    caller.stats.ofUser({ user_id: userId }),
    caller.stats.historyOfUser({ user_id: userId, weeks: historyWeeks }),
    caller.activities.list({ user_id: userId, limit: recentActivityCount }),
  ]);
  const name = `${user.first_name} ${user.last_name}`;
  const lockedBecause = roleAndStatusLockedBecause(viewer.actor, user);
  const tab: Tab = isTab(query.tab) ? query.tab : "profile";

  const statistics =
    stats.last_activity !== null ? (
      <StatisticsOverview
        stats={stats}
        lastActivity={stats.last_activity}
        history={history}
        dailyGoal={user.learning_preferences?.daily_study_goal ?? null}
        weeklyGoal={user.learning_preferences?.weekly_study_goal ?? null}
        perspective="other"
      />
    ) : (
      <EmptyState
        title="Nothing to show yet"
        description="Their statistics appear once they start learning: time spent, courses completed, assessment scores and streaks."
        headingLevel={2}
      />
    );
  const contents: Record<Tab, ReactNode> = {
    profile: <ProfileTab user={user} />,
    preferences: <PreferencesTab user={user} />,
    statistics,
    skills: (
      <ReviewableSkills
        userId={user.id}
        groups={groupByCategory(user.skills)}
        canVerify={mayVerifySkillsOf(viewer.actor, user)}
        headingLevel={2}
      />
    ),
    goals: <GoalsTab user={user} />,
    invitations: <InvitationsTab user={user} />,
    activity: (
      <ActivityTab
        userId={user.id}
        items={activity.items}
        timeZone={viewer.timeZone}
        now={new Date().toISOString()}
      />
    ),
  };

  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex flex-wrap items-center gap-4">
          <Avatar name={name} src={user.profile?.avatar_url ?? null} size={64} />
          <div className="grid gap-1">
            <h1 className="text-3xl leading-tight font-semibold text-fg">{name}</h1>
            <p className="text-fg-muted">{user.email}</p>
            <p className="flex flex-wrap gap-2">
              <Badge tone="info" data-testid="user-role">
                {roleLabels[user.role]}
              </Badge>
              <Badge tone={statusTones[user.status]} data-testid="user-status">
                {statusLabels[user.status]}
              </Badge>
            </p>
          </div>
        </div>
        <div className="flex flex-wrap items-start gap-3">
          <EditUserDialog
            user={user}
            roles={assignableRoles(viewer.actor, user)}
            lockedBecause={lockedBecause}
          />
          <UserStatusActions
            user={{ id: user.id, name, status: user.status }}
            lockedBecause={lockedBecause}
          />
        </div>
      </header>
      <UserDetailTabs
        initial={tab}
        items={tabs.map((value) => ({ value, label: tabLabels[value], content: contents[value] }))}
      />
    </div>
  );
}
