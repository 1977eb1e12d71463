/**
 * The authorization matrix of issue 3: every procedure of appRouter × every kind of caller × a
 * target in the caller's organization or in the other one. Allowed calls succeed; every other call
 * is refused with the right code, and whatever it would have changed reads the same afterwards.
 * The expected outcome of each cell comes from the rules in section 2 (DESIGN.md "Identity and
 * authorization" and the procedure builders of trpc.ts), written once rather than as a grid.
 *
 * After the matrix, what one cell cannot show: nothing of the other organization leaks through
 * list filters, search or cursors; only super admins manage SUPER_ADMIN accounts; nobody changes
 * their own role or status; a platform key acts in any organization but must name it.
 */
import type { ProfileVisibility, UserRole } from "@ums/db/enums";
import {
  createApiKey,
  createGoal,
  createInvitation,
  createSkill,
  createTestDatabase,
  createUserWithDetails,
} from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { Actor, UserActor } from "./auth/actor";
import { AppError, type AppErrorCode } from "./errors";
import { appRouter } from "./root";
import { hashPassword } from "./services/credentials/passwords";
import { createImportRun } from "./services/data-transfer/import-run";
import { hashResetToken } from "./services/credentials/reset-token";
import { callerAs, createWorld } from "./testing";

const { db } = await createTestDatabase();
const world = await createWorld(db);

/** Organization A: every caller's own ("same org"). */
const orgA = world.a.organizationId;
/** Organization B: the other one ("other org"). */
const orgB = world.b.organizationId;

// 1. CALLERS, TARGETS AND HELPERS --------------------------------------------------------------

const callerKinds = [
  "nobody",
  "learner",
  "instructor",
  "orgAdmin",
  "superAdmin",
  "keyWithScope",
  "keyWithoutScope",
  "platformKey",
] as const;
type CallerKind = (typeof callerKinds)[number];

/**
 * Every caller acts from organization A. The scoped keys are A's: one with every scope, one with
 * none a procedure here needs. The platform key and nobody belong to no organization; for them,
 * "same org" is simply A.
 */
const actors: Record<CallerKind, Actor> = {
  nobody: null,
  learner: world.a.learner,
  instructor: world.a.instructor,
  orgAdmin: world.a.orgAdmin,
  superAdmin: world.superAdmin,
  keyWithScope: world.a.keyAllScopes,
  keyWithoutScope: world.a.keyNoScopes,
  platformKey: world.platformKey,
};

type Api = ReturnType<typeof callerAs>;
const apiOf = (caller: CallerKind): Api => callerAs(db, actors[caller]);

let counter = 0;
/** A value no other call of this file uses (e-mails, slugs, names). */
const unique = (prefix: string) => `${prefix}-${++counter}`;
const uniqueEmail = () => `${unique("person")}@matrix.example.test`;

/** A fresh ACTIVE user (by default) of `organizationId`, so no two cells share a target. */
async function newUser(
  organizationId: string,
  options: {
    role?: UserRole;
    status?: "ACTIVE" | "INACTIVE" | "SUSPENDED";
    visibility?: ProfileVisibility;
    last_name?: string;
  } = {},
) {
  const { visibility, ...fields } = options;
  const user = await createUserWithDetails(db, { organization_id: organizationId, ...fields });
  if (visibility !== undefined) {
    await db.userProfile.update({
      where: { user_id: user.id },
      data: { profile_visibility: visibility },
    });
  }
  return user;
}

/** A QUEUED import run of `organizationId`, as an upload leaves it. */
const newImportRun = (organizationId: string) =>
  createImportRun(db, {
    organizationId,
    createdBy: null,
    format: "CSV",
    files: [{ kind: "users", name: "users.csv", bytes: 6, sha256: "0".repeat(64) }],
    options: {},
  });

/** A fresh user of organization A, and the actor they are once signed in. */
async function newUserActor(role: UserRole): Promise<UserActor> {
  const user = await newUser(orgA, { role });
  return { kind: "user", userId: user.id, organizationId: orgA, role };
}

/** Everything a change to a user would touch: the row, profile, preferences and activity log. */
async function storedUser(id: string) {
  return {
    user: await db.user.findUniqueOrThrow({
      where: { id },
      include: { profile: true, learning_preferences: true },
    }),
    activities: await db.userActivity.count({ where: { user_id: id } }),
  };
}

type Settled = { outcome: "ok"; value: unknown } | { outcome: AppErrorCode };

/** "ok" with the result, or the AppError's code; anything else thrown is a bug and rethrown. */
async function settle(promise: Promise<unknown>): Promise<Settled> {
  try {
    return { outcome: "ok", value: await promise };
  } catch (error) {
    if (error instanceof AppError) return { outcome: error.appCode };
    throw error;
  }
}

const outcomeOf = async (promise: Promise<unknown>) => (await settle(promise)).outcome;

// 2. THE RULES ----------------------------------------------------------------------------------

type Relation = "same org" | "other org";
/** Procedures acting on the caller themself, or on no organization's resource, have one column. */
type Column = Relation | "no target";
const targeted: readonly Column[] = ["same org", "other org"];
const untargeted: readonly Column[] = ["no target"];

type Outcome = "ok" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "VALIDATION_FAILED";
type Rule = (caller: CallerKind, column: Column) => Outcome;

type Builder =
  | "userProcedure"
  | "orgAdminProcedure"
  | "superAdminProcedure"
  | "adminProcedure"
  | "memberProcedure"
  | "apiKeyProcedure";

const signedInUsers: readonly CallerKind[] = ["learner", "instructor", "orgAdmin", "superAdmin"];

/** Who gets past each procedure builder of trpc.ts ("keyWithScope": the scope the procedure names). */
const passes: Record<Builder, readonly CallerKind[]> = {
  userProcedure: signedInUsers,
  orgAdminProcedure: ["orgAdmin", "superAdmin"],
  superAdminProcedure: ["superAdmin"],
  adminProcedure: ["orgAdmin", "superAdmin", "keyWithScope", "platformKey"],
  memberProcedure: [...signedInUsers, "keyWithScope", "platformKey"],
  apiKeyProcedure: ["keyWithScope", "platformKey"],
};

/** Callers whose scope is every organization; every other caller sees its own only. */
const seesEveryOrganization: readonly CallerKind[] = ["superAdmin", "platformKey"];

/**
 * A procedure made with `builder`: nobody is UNAUTHENTICATED; a caller the builder refuses is
 * FORBIDDEN; a target in an organization the caller cannot see is NOT_FOUND, exactly like one that
 * does not exist (no existence leak).
 */
const rule =
  (builder: Builder): Rule =>
  (caller, column) => {
    if (caller === "nobody") return "UNAUTHENTICATED";
    if (!passes[builder].includes(caller)) return "FORBIDDEN";
    if (column === "other org" && !seesEveryOrganization.includes(caller)) return "NOT_FOUND";
    return "ok";
  };

/**
 * profile.view: a signed-in user sees a profile of an organization they administer (super admins:
 * every one); anyone else only what its visibility allows (PUBLIC: everyone; ORGANIZATION: the
 * same organization; PRIVATE: nobody else). Whatever they may not see is NOT_FOUND.
 */
const viewRule =
  (visibility: ProfileVisibility): Rule =>
  (caller, column) => {
    const door = rule("userProcedure")(caller, "no target");
    if (door !== "ok") return door;
    const sameOrganization = column === "same org";
    const administers = caller === "superAdmin" || (caller === "orgAdmin" && sameOrganization);
    const allowed = visibility === "PUBLIC" || (visibility === "ORGANIZATION" && sameOrganization);
    return administers || allowed ? "ok" : "NOT_FOUND";
  };

/** organizations.mine: like any memberProcedure, but a platform-wide key has no organization. */
const mineRule: Rule = (caller, column) =>
  caller === "platformKey" ? "FORBIDDEN" : rule("memberProcedure")(caller, column);

/**
 * stats.record: only services with stats:write. A batch naming a user the key cannot see is
 * refused as a whole, that event reported as "no such user" — the same as for an unknown id.
 */
const recordRule: Rule = (caller, column) => {
  const outcome = rule("apiKeyProcedure")(caller, column);
  return outcome === "NOT_FOUND" ? "VALIDATION_FAILED" : outcome;
};

/**
 * skills.verify / unverify: signed-in INSTRUCTORs and ORG_ADMINs of the skill owner's organization,
 * and SUPER_ADMINs; a learner is FORBIDDEN, and a skill of another organization is NOT_FOUND.
 */
const verifyRule: Rule = (caller, column) => {
  const door = rule("userProcedure")(caller, column);
  if (door !== "ok" && door !== "NOT_FOUND") return door;
  if (caller === "learner") return "FORBIDDEN";
  return door;
};

/** skills.ofUser: like a memberProcedure, but a learner may read only their own skills. */
const skillsOfUserRule: Rule = (caller, column) =>
  caller === "learner" && column !== "no target"
    ? "FORBIDDEN"
    : rule("memberProcedure")(caller, column);

// 3. THE PROCEDURES -----------------------------------------------------------------------------

interface Cell {
  api: Api;
  actor: Actor;
  caller: CallerKind;
  /** where the target lives: B for "other org", A otherwise */
  organizationId: string;
}

interface Attempt<T> {
  call: () => Promise<T>;
  /** reads whatever the call would change; after a refusal it must read the same */
  state?: () => Promise<unknown>;
  /** what a successful result must satisfy */
  verify?(result: T): void;
}

/** Ties `verify` to the type of `call`'s result. */
const attempt = <T>(value: Attempt<T>): Attempt<T> => value;

interface ProcedureCase {
  /** the procedure's path in appRouter */
  path: string;
  /** which call of it, when the table has several */
  variant?: string;
  columns: readonly Column[];
  expected: Rule;
  /** creates the cell's own target (if any) and a valid call on it */
  prepare: (cell: Cell) => Attempt<unknown> | Promise<Attempt<unknown>>;
}

/** A password the matrix gives users who need one (sign-in, password change). */
const knownPassword = "the matrix password 2026";
const knownPasswordHash = hashPassword(knownPassword);

/** Gives user `userId` the password whose hash is `hash` (a credential, created or replaced). */
async function setPasswordHash(client: typeof db, userId: string, hash: string) {
  await client.userCredential.upsert({
    where: { user_id: userId },
    create: { user_id: userId, password_hash: hash },
    update: { password_hash: hash, failed_attempts: 0, locked_until: null },
  });
}

const userIdOf = (actor: Actor) => (actor?.kind === "user" ? actor.userId : undefined);

const procedures: ProcedureCase[] = [
  {
    path: "profile.get",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: ({ api, actor }) =>
      attempt({
        call: () => api.profile.get(),
        verify: (me) => {
          expect(me.id).toBe(userIdOf(actor));
        },
      }),
  },
  {
    path: "profile.update",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: ({ api, actor }) => {
      const bio = unique("A new bio");
      return attempt({
        call: () => api.profile.update({ profile: { bio } }),
        verify: (me) => {
          expect(me).toMatchObject({ id: userIdOf(actor), profile: { bio } });
        },
      });
    },
  },
  {
    path: "profile.changeEmail",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: ({ api, actor }) => {
      const email = uniqueEmail();
      return attempt({
        call: () => api.profile.changeEmail({ email }),
        state: () => db.user.count({ where: { email } }),
        verify: (me) => {
          expect(me).toMatchObject({ id: userIdOf(actor), email });
        },
      });
    },
  },
  {
    path: "profile.removeAvatar",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: async ({ api, actor }) => {
      const marker = `https://cdn.example.test/${unique("avatar")}.webp`;
      const userId = userIdOf(actor);
      if (userId !== undefined) {
        await db.userProfile.updateMany({
          where: { user_id: userId },
          data: { avatar_url: marker },
        });
      }
      return attempt({
        call: () => api.profile.removeAvatar(),
        state: () => db.userProfile.count({ where: { avatar_url: marker } }),
        verify: (result) => {
          expect(result.avatar_url).toBeNull();
        },
      });
    },
  },
  ...(["PUBLIC", "ORGANIZATION", "PRIVATE"] as const).map((visibility): ProcedureCase => ({
    path: "profile.view",
    variant: `a ${visibility} profile`,
    columns: targeted,
    expected: viewRule(visibility),
    prepare: async ({ api, organizationId }) => {
      const target = await newUser(organizationId, { visibility });
      return attempt({
        call: () => api.profile.view({ user_id: target.id }),
        verify: (seen) => {
          expect(seen.id).toBe(target.id);
        },
      });
    },
  })),
  {
    path: "users.list",
    variant: "filtered by organization_id",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: ({ api, organizationId }) =>
      attempt({
        call: () =>
          api.users.list({ organization_id: organizationId, limit: 100, include_total: true }),
        verify: ({ items, total }) => {
          expect(items.length).toBeGreaterThan(0);
          expect(items.filter((user) => user.organization_id !== organizationId)).toEqual([]);
          expect(total).toBeGreaterThanOrEqual(items.length);
        },
      }),
  },
  {
    path: "users.get",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const target = await newUser(organizationId);
      return attempt({
        call: () => api.users.get({ user_id: target.id }),
        verify: (user) => {
          expect(user).toMatchObject({ id: target.id, organization_id: organizationId });
        },
      });
    },
  },
  {
    path: "users.create",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: ({ api, organizationId }) => {
      const email = uniqueEmail();
      return attempt({
        call: () =>
          api.users.create({
            email,
            first_name: "Invited",
            last_name: "Person",
            organization_id: organizationId,
          }),
        state: () => db.user.count({ where: { email } }),
        verify: (user) => {
          expect(user).toMatchObject({ email, organization_id: organizationId, status: "PENDING" });
        },
      });
    },
  },
  {
    path: "users.update",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const target = await newUser(organizationId);
      return attempt({
        call: () => api.users.update({ user_id: target.id, first_name: "Renamed" }),
        state: () => storedUser(target.id),
        verify: (user) => {
          expect(user).toMatchObject({ id: target.id, first_name: "Renamed" });
        },
      });
    },
  },
  {
    path: "users.deactivate",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const target = await newUser(organizationId);
      return attempt({
        call: () => api.users.deactivate({ user_id: target.id }),
        state: () => storedUser(target.id),
        verify: (user) => {
          expect(user).toMatchObject({ id: target.id, status: "INACTIVE" });
        },
      });
    },
  },
  {
    path: "users.reactivate",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const target = await newUser(organizationId, { status: "INACTIVE" });
      return attempt({
        call: () => api.users.reactivate({ user_id: target.id }),
        state: () => storedUser(target.id),
        verify: (user) => {
          expect(user).toMatchObject({ id: target.id, status: "ACTIVE" });
        },
      });
    },
  },
  {
    // The call itself is let in like any adminProcedure; a user the caller cannot see is then
    // refused in its own row, as NOT_FOUND (the same as an unknown id), and left as it was.
    path: "users.bulkUpdate",
    columns: targeted,
    expected: (caller) => rule("adminProcedure")(caller, "no target"),
    prepare: async ({ api, caller, organizationId }) => {
      const target = await newUser(organizationId);
      const column: Relation = organizationId === orgB ? "other org" : "same org";
      const reachable = rule("adminProcedure")(caller, column) === "ok";
      const before = await storedUser(target.id);
      return attempt({
        call: async () => ({
          answer: await api.users.bulkUpdate({ user_ids: [target.id], action: "deactivate" }),
          after: await storedUser(target.id),
        }),
        state: () => storedUser(target.id),
        verify: ({ answer, after }) => {
          if (reachable) {
            expect(answer.results).toMatchObject([
              { user_id: target.id, outcome: "changed", user: { status: "INACTIVE" } },
            ]);
          } else {
            expect(answer.results).toMatchObject([
              { user_id: target.id, outcome: "refused", user: null, error: { code: "NOT_FOUND" } },
            ]);
            expect(after).toEqual(before);
          }
        },
      });
    },
  },
  {
    path: "preferences.get",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: ({ api }) =>
      attempt({
        call: () => api.preferences.get(),
        verify: (preferences) => {
          expect(preferences.visual_score).toBeTypeOf("number");
        },
      }),
  },
  {
    path: "preferences.update",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: ({ api }) =>
      attempt({
        call: () => api.preferences.update({ font_size: "LARGE" }),
        verify: (preferences) => {
          expect(preferences.font_size).toBe("LARGE");
        },
      }),
  },
  {
    path: "stats.record",
    columns: targeted,
    expected: recordRule,
    prepare: async ({ api, organizationId }) => {
      const target = await newUser(organizationId);
      const event_id = unique("event");
      return attempt({
        call: () =>
          api.stats.record({
            events: [
              {
                event_id,
                user_id: target.id,
                event_type: "LEARNING_TIME",
                minutes: 15,
                occurred_at: new Date().toISOString(),
              },
            ],
          }),
        state: () => db.learningEvent.count({ where: { user_id: target.id } }),
        verify: (result) => {
          expect(result).toMatchObject({ recorded: 1, duplicates: 0 });
        },
      });
    },
  },
  {
    path: "stats.mine",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: ({ api }) =>
      attempt({
        call: () => api.stats.mine(),
        verify: (stats) => {
          expect(stats.total_learning_time).toBeTypeOf("number");
        },
      }),
  },
  {
    path: "stats.myHistory",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: ({ api }) =>
      attempt({
        call: () => api.stats.myHistory({ weeks: 2 }),
        verify: (history) => {
          expect(history.weeks).toHaveLength(2);
        },
      }),
  },
  {
    path: "stats.historyOfUser",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const target = await newUser(organizationId);
      return attempt({
        call: () =>
          api.stats.historyOfUser({ user_id: target.id, from: "2026-11-01", to: "2026-11-07" }),
        verify: (history) => {
          expect(history).toMatchObject({ user_id: target.id, total: { learning_time: 0 } });
          expect(history.days).toHaveLength(7);
        },
      });
    },
  },
  {
    path: "stats.ofUser",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const target = await newUser(organizationId);
      return attempt({
        call: () => api.stats.ofUser({ user_id: target.id }),
        verify: (stats) => {
          expect(stats.total_logins).toBe(0);
        },
      });
    },
  },
  {
    path: "stats.organizationSummary",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: ({ api, organizationId }) =>
      attempt({
        call: () =>
          api.stats.organizationSummary({
            organization_id: organizationId,
            from: "2026-01-01",
            to: "2026-12-31",
          }),
        verify: (summary) => {
          expect(summary.organization_id).toBe(organizationId);
        },
      }),
  },
  {
    path: "skills.mine",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: ({ api }) =>
      attempt({
        call: () => api.skills.mine(),
        verify: (skills) => {
          expect(Array.isArray(skills)).toBe(true);
        },
      }),
  },
  {
    path: "skills.add",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: ({ api }) => {
      const skill_name = unique("Skill");
      return attempt({
        call: () =>
          api.skills.add({ skill_name, skill_category: "Testing", proficiency_level: "BEGINNER" }),
        state: () => db.userSkill.count({ where: { skill_name } }),
        verify: (skill) => {
          expect(skill).toMatchObject({ skill_name });
        },
      });
    },
  },
  ...(["update", "remove", "requestVerification"] as const).map((action): ProcedureCase => ({
    path: `skills.${action}`,
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: async ({ api, actor }) => {
      // The caller's own skill (a throwaway owner when the caller is no user).
      const owner = userIdOf(actor) ?? (await newUser(orgA)).id;
      const skill = await createSkill(db, { user_id: owner });
      return attempt({
        call: () =>
          action === "update"
            ? api.skills.update({ skill_id: skill.id, skill_category: "Renamed" })
            : action === "remove"
              ? api.skills.remove({ skill_id: skill.id })
              : api.skills.requestVerification({ skill_id: skill.id }),
        state: () => db.userSkill.findUnique({ where: { id: skill.id } }),
      });
    },
  })),
  ...(["verify", "unverify"] as const).map((action): ProcedureCase => ({
    path: `skills.${action}`,
    columns: targeted,
    expected: verifyRule,
    prepare: async ({ api, organizationId }) => {
      const owner = await newUser(organizationId);
      const skill = await createSkill(db, { user_id: owner.id });
      return attempt({
        call: () =>
          action === "verify"
            ? api.skills.verify({ user_id: owner.id, skill_id: skill.id })
            : api.skills.unverify({ user_id: owner.id, skill_id: skill.id }),
        state: () => db.userSkill.findUniqueOrThrow({ where: { id: skill.id } }),
      });
    },
  })),
  {
    path: "skills.ofUser",
    columns: targeted,
    expected: skillsOfUserRule,
    prepare: async ({ api, organizationId }) => {
      const owner = await newUser(organizationId);
      await createSkill(db, { user_id: owner.id });
      return attempt({
        call: () => api.skills.ofUser({ user_id: owner.id }),
        verify: (skills) => {
          expect(JSON.stringify(skills)).toContain("Programming");
        },
      });
    },
  },
  {
    path: "skills.overview",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: ({ api, organizationId }) =>
      attempt({
        call: () => api.skills.overview({ organization_id: organizationId }),
        verify: (overview) => {
          expect(overview).toBeDefined();
        },
      }),
  },
  {
    path: "goals.mine",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: ({ api }) =>
      attempt({
        call: () => api.goals.mine({}),
        verify: (goals) => {
          expect(Array.isArray(goals)).toBe(true);
        },
      }),
  },
  {
    path: "goals.create",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: ({ api }) => {
      const title = unique("Goal");
      return attempt({
        call: () =>
          api.goals.create({
            title,
            goal_type: "CUSTOM",
            start_date: "2026-01-01",
            target_date: "2026-12-31",
          }),
        state: () => db.userGoal.count({ where: { title } }),
        verify: (goal) => {
          expect(goal.title).toBe(title);
        },
      });
    },
  },
  ...(["update", "updateProgress", "pause", "resume", "complete", "cancel", "delete"] as const).map(
    (action): ProcedureCase => ({
      path: `goals.${action}`,
      columns: untargeted,
      expected: rule("userProcedure"),
      prepare: async ({ api, actor }) => {
        const owner = userIdOf(actor) ?? (await newUser(orgA)).id;
        const goal = await createGoal(db, {
          user_id: owner,
          goal_type: "CUSTOM",
          status: action === "resume" ? "PAUSED" : "ACTIVE",
        });
        const goal_id = goal.id;
        const calls = {
          update: () => api.goals.update({ goal_id, title: "Renamed goal" }),
          updateProgress: () => api.goals.updateProgress({ goal_id, current_value: 0.5 }),
          pause: () => api.goals.pause({ goal_id }),
          resume: () => api.goals.resume({ goal_id }),
          complete: () => api.goals.complete({ goal_id }),
          cancel: () => api.goals.cancel({ goal_id }),
          delete: () => api.goals.delete({ goal_id }),
        };
        return attempt({
          call: calls[action],
          state: () => db.userGoal.findUnique({ where: { id: goal_id } }),
        });
      },
    }),
  ),
  {
    path: "goals.ofUser",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const owner = await newUser(organizationId);
      const goal = await createGoal(db, { user_id: owner.id });
      return attempt({
        call: () => api.goals.ofUser({ user_id: owner.id }),
        verify: (goals) => {
          expect(goals.map((g) => g.id)).toEqual([goal.id]);
        },
      });
    },
  },
  {
    path: "activities.mine",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: ({ api }) =>
      attempt({
        call: () => api.activities.mine({}),
        verify: (page) => {
          expect(Array.isArray(page.items)).toBe(true);
        },
      }),
  },
  {
    path: "activities.list",
    variant: "filtered by organization_id",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const target = await newUser(organizationId);
      await db.userActivity.create({
        data: { user_id: target.id, activity_type: "PROFILE_UPDATED" },
      });
      return attempt({
        call: () => api.activities.list({ organization_id: organizationId, limit: 100 }),
        verify: (page) => {
          expect(page.items.length).toBeGreaterThan(0);
          expect(page.items.filter((item) => item.user.id === target.id)).toHaveLength(1);
        },
      });
    },
  },
  ...(["create", "bulkCreate"] as const).map((action): ProcedureCase => ({
    path: `invitations.${action}`,
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: ({ api, organizationId }) => {
      const email = uniqueEmail();
      return attempt<unknown>({
        call: () =>
          action === "create"
            ? api.invitations.create({ email, organization_id: organizationId })
            : api.invitations.bulkCreate({
                invitations: [{ email }],
                organization_id: organizationId,
              }),
        state: () => db.userInvitation.count({ where: { email } }),
        verify: () => undefined,
      });
    },
  })),
  {
    path: "invitations.list",
    variant: "filtered by organization_id",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ organizationId, api }) => {
      const { invitation } = await createInvitation(db, { organization_id: organizationId });
      return attempt({
        call: () => api.invitations.list({ organization_id: organizationId, limit: 100 }),
        verify: (page) => {
          expect(page.items.map((item) => item.organization_id)).toContain(
            invitation.organization_id,
          );
          expect(page.items.filter((item) => item.organization_id !== organizationId)).toEqual([]);
        },
      });
    },
  },
  ...(["resend", "revoke"] as const).map((action): ProcedureCase => ({
    path: `invitations.${action}`,
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const { invitation } = await createInvitation(db, { organization_id: organizationId });
      return attempt<unknown>({
        call: () =>
          action === "resend"
            ? api.invitations.resend({ invitation_id: invitation.id })
            : api.invitations.revoke({ invitation_id: invitation.id }),
        state: () => db.userInvitation.findUniqueOrThrow({ where: { id: invitation.id } }),
      });
    },
  })),
  ...(["describe", "accept"] as const).map((action): ProcedureCase => ({
    path: `invitations.${action}`,
    columns: untargeted,
    expected: () => "ok",
    prepare: async ({ api }) => {
      // Whoever holds the link may use it, signed in or not.
      const invitee = await newUser(orgA);
      await db.user.update({ where: { id: invitee.id }, data: { status: "PENDING" } });
      const { token } = await createInvitation(db, {
        organization_id: orgA,
        user_id: invitee.id,
        email: invitee.email,
      });
      return attempt<unknown>({
        call: () =>
          action === "describe"
            ? api.invitations.describe({ token })
            : api.invitations.accept({ token, password: "a long and unusual passphrase 7" }),
      });
    },
  })),
  {
    path: "imports.list",
    variant: "filtered by organization_id",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const run = await newImportRun(organizationId);
      return attempt({
        call: () => api.imports.list({ organization_id: organizationId, limit: 100 }),
        verify: (page) => {
          expect(page.items.map((item) => item.id)).toContain(run.id);
          expect(page.items.filter((item) => item.organization_id !== organizationId)).toEqual([]);
        },
      });
    },
  },
  {
    path: "imports.get",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const run = await newImportRun(organizationId);
      return attempt({
        call: () => api.imports.get({ import_id: run.id }),
        verify: (seen) => {
          expect(seen).toMatchObject({ id: run.id, organization_id: organizationId });
        },
      });
    },
  },
  {
    path: "imports.cancel",
    columns: targeted,
    expected: rule("adminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const run = await newImportRun(organizationId);
      return attempt({
        call: () => api.imports.cancel({ import_id: run.id }),
        state: () => db.importRun.findUniqueOrThrow({ where: { id: run.id } }),
        verify: (cancelled) => {
          expect(cancelled).toMatchObject({ id: run.id, status: "CANCELLED" });
        },
      });
    },
  },
  {
    path: "emails.mailbox",
    variant: "filtered by organization_id",
    columns: targeted,
    expected: rule("orgAdminProcedure"),
    prepare: ({ api, organizationId }) =>
      attempt({
        call: () => api.emails.mailbox({ organization_id: organizationId }),
        verify: (page) => {
          expect(page.items.filter((item) => item.organization_id !== organizationId)).toEqual([]);
        },
      }),
  },
  {
    path: "emails.read",
    columns: targeted,
    expected: rule("orgAdminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const message = await db.emailOutbox.create({
        data: {
          organization_id: organizationId,
          to_email: uniqueEmail(),
          template: "invitation",
          subject: "You are invited",
        },
      });
      return attempt({
        call: () => api.emails.read({ email_id: message.id }),
        verify: (read) => {
          expect(read.id).toBe(message.id);
        },
      });
    },
  },
  {
    path: "auth.signIn",
    columns: untargeted,
    expected: () => "ok",
    prepare: async ({ api }) => {
      const user = await newUser(orgA);
      await setPasswordHash(db, user.id, await knownPasswordHash);
      return attempt({
        call: () => api.auth.signIn({ email: user.email, password: knownPassword }),
        verify: (signedIn) => {
          expect(signedIn.user_id).toBe(user.id);
        },
      });
    },
  },
  {
    path: "auth.changePassword",
    columns: untargeted,
    expected: rule("userProcedure"),
    prepare: async ({ api, actor }) => {
      const userId = userIdOf(actor);
      if (userId !== undefined) await setPasswordHash(db, userId, await knownPasswordHash);
      return attempt({
        call: () =>
          api.auth.changePassword({
            current_password: knownPassword,
            new_password: unique("a brand new passphrase"),
          }),
      });
    },
  },
  {
    path: "auth.requestPasswordReset",
    columns: untargeted,
    expected: () => "ok",
    prepare: async ({ api }) => {
      const user = await newUser(orgA);
      return attempt({ call: () => api.auth.requestPasswordReset({ email: user.email }) });
    },
  },
  {
    path: "auth.resetPassword",
    columns: untargeted,
    expected: () => "ok",
    prepare: async ({ api }) => {
      const user = await newUser(orgA);
      await setPasswordHash(db, user.id, await knownPasswordHash);
      const token = unique("reset-token-with-enough-length");
      await db.passwordResetToken.create({
        data: {
          user_id: user.id,
          token_hash: hashResetToken(token),
          expires_at: new Date(Date.now() + 3_600_000),
        },
      });
      return attempt({
        call: () =>
          api.auth.resetPassword({ token, new_password: unique("another new passphrase") }),
      });
    },
  },
  {
    path: "organizations.mine",
    columns: untargeted,
    expected: mineRule,
    prepare: ({ api }) =>
      attempt({
        call: () => api.organizations.mine(),
        verify: (organization) => {
          expect(organization.id).toBe(orgA);
        },
      }),
  },
  {
    path: "organizations.list",
    columns: untargeted,
    expected: rule("memberProcedure"),
    prepare: ({ api, caller }) =>
      attempt({
        call: () => api.organizations.list({ limit: 100 }),
        verify: ({ items }) => {
          const ids = items.map((organization) => organization.id);
          if (seesEveryOrganization.includes(caller))
            expect(ids).toEqual(expect.arrayContaining([orgA, orgB]));
          else expect(ids).toEqual([orgA]);
        },
      }),
  },
  {
    path: "organizations.get",
    columns: targeted,
    expected: rule("memberProcedure"),
    prepare: ({ api, organizationId }) =>
      attempt({
        call: () => api.organizations.get({ organization_id: organizationId }),
        verify: (organization) => {
          expect(organization.id).toBe(organizationId);
        },
      }),
  },
  {
    path: "organizations.create",
    columns: untargeted,
    expected: rule("superAdminProcedure"),
    prepare: ({ api }) => {
      const slug = unique("new-org");
      return attempt({
        call: () => api.organizations.create({ name: "New Organization", slug }),
        state: () => db.organization.count({ where: { slug } }),
        verify: (organization) => {
          expect(organization.slug).toBe(slug);
        },
      });
    },
  },
  {
    path: "organizations.rename",
    columns: targeted,
    expected: rule("superAdminProcedure"),
    prepare: ({ api, organizationId }) => {
      const name = unique("Renamed Organization");
      return attempt({
        call: () => api.organizations.rename({ organization_id: organizationId, name }),
        state: () => db.organization.findUniqueOrThrow({ where: { id: organizationId } }),
        verify: (organization) => {
          expect(organization).toMatchObject({ id: organizationId, name });
        },
      });
    },
  },
  {
    path: "apiKeys.list",
    variant: "filtered by organization_id",
    columns: targeted,
    expected: rule("orgAdminProcedure"),
    prepare: ({ api, organizationId }) =>
      attempt({
        call: () => api.apiKeys.list({ organization_id: organizationId }),
        verify: (keys) => {
          expect(keys.length).toBeGreaterThan(0);
          expect(keys.filter((key) => key.organization_id !== organizationId)).toEqual([]);
        },
      }),
  },
  {
    path: "apiKeys.create",
    columns: targeted,
    expected: rule("orgAdminProcedure"),
    prepare: ({ api, organizationId }) => {
      const name = unique("Reporting service");
      return attempt({
        call: () =>
          api.apiKeys.create({ name, scopes: ["users:read"], organization_id: organizationId }),
        state: () => db.apiKey.count({ where: { name } }),
        verify: (key) => {
          expect(key).toMatchObject({ name, organization_id: organizationId });
        },
      });
    },
  },
  {
    path: "apiKeys.revoke",
    columns: targeted,
    expected: rule("orgAdminProcedure"),
    prepare: async ({ api, organizationId }) => {
      const { apiKey } = await createApiKey(db, { organization_id: organizationId });
      return attempt({
        call: () => api.apiKeys.revoke({ api_key_id: apiKey.id }),
        state: () => db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } }),
        verify: (key) => {
          expect(key.revoked_at).not.toBeNull();
        },
      });
    },
  },
];

// 4. THE MATRIX ---------------------------------------------------------------------------------

/** One cell per caller and column: [caller, column, expected outcome]. */
const cellsOf = (procedure: ProcedureCase) =>
  procedure.columns.flatMap((column) =>
    callerKinds.map((caller) => [caller, column, procedure.expected(caller, column)] as const),
  );

const titleOf = ({ path, variant }: ProcedureCase) =>
  variant === undefined ? path : `${path}, ${variant}`;

it("the table has every procedure of appRouter", () => {
  const paths = new Set(procedures.map((procedure) => procedure.path));
  expect([...paths].sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
});

describe.each(procedures.map((procedure) => [titleOf(procedure), procedure] as const))(
  "%s",
  (_name, procedure) => {
    it.each(cellsOf(procedure))("%s, %s → %s", async (caller, column, expected) => {
      const actor = actors[caller];
      const organizationId = column === "other org" ? orgB : orgA;
      const call = await procedure.prepare({ api: apiOf(caller), actor, caller, organizationId });
      const before = await call.state?.();

      const result = await settle(call.call());

      expect(result.outcome).toBe(expected);
      if (result.outcome === "ok") call.verify?.(result.value);
      else expect(await call.state?.()).toEqual(before);
    });
  },
);

// 5. NOTHING OF THE OTHER ORGANIZATION IS RETURNED ----------------------------------------------

/** Callers that see organization A only, yet may list users. */
const scopedAdmins = ["orgAdmin", "keyWithScope"] as const;

type UserListInput = Parameters<Api["users"]["list"]>[0];

/** Every page of a user list, from `input.cursor` (or the start) to the end. */
async function allPages(api: Api, input: UserListInput) {
  const pages = [];
  let cursor = input.cursor;
  do {
    const page = await api.users.list({ ...input, cursor });
    pages.push(page);
    cursor = page.next_cursor ?? undefined;
  } while (cursor !== undefined);
  return pages;
}

const idsOf = (users: readonly { id: string }[]) => users.map((user) => user.id);

// Users only search, cursor and filter tests look for, created in B, A, B, A … order.
const zebulon = await newUser(orgB, { last_name: "Zebulon-Quist" });
const interleaved: { id: string }[] = [];
for (const organizationId of [orgB, orgA, orgB, orgA, orgB, orgA]) {
  interleaved.push(await newUser(organizationId, { last_name: "Cursorcheck" }));
}

describe("nothing of the other organization is returned", () => {
  it.each(scopedAdmins)(
    "users.list by %s without filters: organization A only, and A's total",
    async (caller) => {
      const list = await apiOf(caller).users.list({ limit: 100, include_total: true });
      expect(list.items.filter((user) => user.organization_id !== orgA)).toEqual([]);
      expect(list.total).toBe(await db.user.count({ where: { organization_id: orgA } }));
    },
  );

  const searches = ["ZEBULON", "ulon-qu", zebulon.email];

  it.each(searches)("a super admin's search for %j finds B's user", async (search) => {
    const list = await apiOf("superAdmin").users.list({ search, include_total: true });
    expect(idsOf(list.items)).toEqual([zebulon.id]);
    expect(list.total).toBe(1);
  });

  it.each(scopedAdmins.flatMap((caller) => searches.map((search) => [caller, search] as const)))(
    "users.list by %s: a search for %j, matching only B's user, finds nothing",
    async (caller, search) => {
      const list = await apiOf(caller).users.list({ search, include_total: true });
      expect(list.items).toEqual([]);
      expect(list.total).toBe(0);
    },
  );

  it.each(scopedAdmins)(
    "users.list by %s: a cursor from a super admin's all-organization list never yields B's users",
    async (caller) => {
      const query = { search: "cursorcheck", sort: "created_at", order: "asc" } as const;
      const superPages = await allPages(apiOf("superAdmin"), { ...query, limit: 1 });
      const everyone = superPages.flatMap((page) => page.items);
      expect(idsOf(everyone).sort()).toEqual(idsOf(interleaved).sort());

      for (const [index, page] of superPages.entries()) {
        if (page.next_cursor === null) continue;
        const cursor = page.next_cursor;
        // With the same search: exactly A's users after that position, in order.
        const pages = await allPages(apiOf(caller), { ...query, limit: 2, cursor });
        const expected = everyone.slice(index + 1).filter((user) => user.organization_id === orgA);
        expect(idsOf(pages.flatMap((p) => p.items))).toEqual(idsOf(expected));
        // Without it: whatever comes after, nothing is of B.
        const rest = await allPages(apiOf(caller), {
          sort: "created_at",
          order: "asc",
          limit: 100,
          cursor,
        });
        const others = rest.flatMap((p) => p.items).filter((user) => user.organization_id !== orgA);
        expect(others).toEqual([]);
      }
    },
  );

  it.each(["learner", "orgAdmin", "keyWithScope"] as const)(
    "organizations.list by %s: searching for B's name never yields B",
    async (caller) => {
      const { name } = await db.organization.findUniqueOrThrow({ where: { id: orgB } });
      const mine = await apiOf(caller).organizations.list({ search: name });
      expect(mine.items.filter((organization) => organization.id !== orgA)).toEqual([]);
      const everything = await apiOf("superAdmin").organizations.list({ search: name });
      expect(idsOf(everything.items)).toContain(orgB);
    },
  );

  it("apiKeys.list by an org admin without filters: organization A's keys only", async () => {
    const keys = await apiOf("orgAdmin").apiKeys.list({});
    expect(keys.filter((key) => key.organization_id !== orgA)).toEqual([]);
    const activeInA = await db.apiKey.count({ where: { organization_id: orgA, revoked_at: null } });
    expect(keys).toHaveLength(activeInA);
  });

  it("apiKeys.revoke by an org admin of a platform-wide key is NOT_FOUND, and it stays valid", async () => {
    const { apiKey } = await createApiKey(db, { organization_id: null });
    expect(await outcomeOf(apiOf("orgAdmin").apiKeys.revoke({ api_key_id: apiKey.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).toEqual(apiKey);
  });
});

// 6. SUPER_ADMIN ACCOUNTS ARE FOR SUPER ADMINS ONLY ---------------------------------------------

/** Callers that may manage users, but not SUPER_ADMIN accounts. */
const notSuperAdmins = ["orgAdmin", "keyWithScope", "platformKey"] as const;

interface SuperAdminChange {
  change: string;
  /** the role and status of the fresh target (in organization A) */
  target: { role: UserRole; status?: "INACTIVE" };
  call: (api: Api, userId: string) => Promise<unknown>;
}

const superAdminChanges: SuperAdminChange[] = [
  {
    change: "promote a learner to SUPER_ADMIN",
    target: { role: "LEARNER" },
    call: (api, user_id) => api.users.update({ user_id, role: "SUPER_ADMIN" }),
  },
  {
    change: "promote an org admin to SUPER_ADMIN",
    target: { role: "ORG_ADMIN" },
    call: (api, user_id) => api.users.update({ user_id, role: "SUPER_ADMIN" }),
  },
  {
    change: "demote a SUPER_ADMIN",
    target: { role: "SUPER_ADMIN" },
    call: (api, user_id) => api.users.update({ user_id, role: "ORG_ADMIN" }),
  },
  {
    change: "rename a SUPER_ADMIN",
    target: { role: "SUPER_ADMIN" },
    call: (api, user_id) => api.users.update({ user_id, first_name: "Renamed" }),
  },
  {
    change: "suspend a SUPER_ADMIN",
    target: { role: "SUPER_ADMIN" },
    call: (api, user_id) => api.users.update({ user_id, status: "SUSPENDED" }),
  },
  {
    change: "deactivate a SUPER_ADMIN",
    target: { role: "SUPER_ADMIN" },
    call: (api, user_id) => api.users.deactivate({ user_id }),
  },
  {
    change: "reactivate a SUPER_ADMIN",
    target: { role: "SUPER_ADMIN", status: "INACTIVE" },
    call: (api, user_id) => api.users.reactivate({ user_id }),
  },
];

/** Makes the change's fresh target, asks `caller` to change it, and reads it before and after. */
async function tryChange(caller: CallerKind, { target, call }: SuperAdminChange) {
  const user = await newUser(orgA, target);
  const before = await storedUser(user.id);
  const outcome = await outcomeOf(call(apiOf(caller), user.id));
  return { outcome, before, after: await storedUser(user.id) };
}

describe("only super admins create, promote to, demote or change a SUPER_ADMIN", () => {
  it.each(notSuperAdmins)("%s cannot create a SUPER_ADMIN", async (caller) => {
    const email = uniqueEmail();
    const create = apiOf(caller).users.create({
      email,
      first_name: "Would",
      last_name: "Be",
      role: "SUPER_ADMIN",
      organization_id: orgA,
    });
    expect(await outcomeOf(create)).toBe("FORBIDDEN");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("a super admin can create a SUPER_ADMIN", async () => {
    const created = await apiOf("superAdmin").users.create({
      email: uniqueEmail(),
      first_name: "New",
      last_name: "Super",
      role: "SUPER_ADMIN",
    });
    expect(created).toMatchObject({ role: "SUPER_ADMIN", organization_id: orgA });
  });

  it.each(
    notSuperAdmins.flatMap((caller) =>
      superAdminChanges.map((change) => [caller, change.change, change] as const),
    ),
  )("%s cannot %s (FORBIDDEN, nothing changes)", async (caller, _title, change) => {
    const { outcome, before, after } = await tryChange(caller, change);
    expect(outcome).toBe("FORBIDDEN");
    expect(after).toEqual(before);
  });

  it.each(superAdminChanges.map((change) => [change.change, change] as const))(
    "a super admin can %s",
    async (_title, change) => {
      const { outcome, before, after } = await tryChange("superAdmin", change);
      expect(outcome).toBe("ok");
      expect(after).not.toEqual(before);
    },
  );

  it.each(["INSTRUCTOR", "ORG_ADMIN"] as const)(
    "an org admin may still promote a learner to %s",
    async (role) => {
      const learner = await newUser(orgA);
      const updated = await apiOf("orgAdmin").users.update({ user_id: learner.id, role });
      expect(updated.role).toBe(role);
    },
  );
});

// 7. NOBODY CHANGES THEIR OWN ROLE OR STATUS ----------------------------------------------------

const roles = ["LEARNER", "INSTRUCTOR", "ORG_ADMIN", "SUPER_ADMIN"] as const;

/** Every way a user might change their own role or status, and the code that refuses it. */
const selfChanges = (own: UserRole) => [
  ...roles
    .filter((role) => role !== own)
    .map((role) => ({
      change: `users.update their role to ${role}`,
      call: (api: Api, user_id: string) => api.users.update({ user_id, role }),
    })),
  ...(["SUSPENDED", "INACTIVE"] as const).map((status) => ({
    change: `users.update their status to ${status}`,
    call: (api: Api, user_id: string) => api.users.update({ user_id, status }),
  })),
  {
    change: "users.deactivate themselves",
    call: (api: Api, user_id: string) => api.users.deactivate({ user_id }),
  },
  // profile.update takes no role or status at all: its strict input refuses them.
  {
    change: "profile.update with a role",
    call: (api: Api) => api.profile.update({ role: "SUPER_ADMIN" } as never),
  },
  {
    change: "profile.update with a status",
    call: (api: Api) => api.profile.update({ status: "ACTIVE" } as never),
  },
];

describe("nobody changes their own role or status", () => {
  it.each(
    roles.flatMap((role) =>
      selfChanges(role).map(
        ({ change, call }) =>
          [
            role,
            change,
            // Learners and instructors are not let in to users.*; admins meet the self rule.
            change.startsWith("profile.") ? "VALIDATION_FAILED" : "FORBIDDEN",
            call,
          ] as const,
      ),
    ),
  )("%s cannot %s (%s)", async (role, _change, expected, call) => {
    const me = await newUserActor(role);
    const before = await storedUser(me.userId);
    expect(await outcomeOf(call(callerAs(db, me), me.userId))).toBe(expected);
    expect(await storedUser(me.userId)).toEqual(before);
  });
});

// 8. API KEYS AND THE PLATFORM KEY --------------------------------------------------------------

describe("API keys", () => {
  it("an org admin cannot create a platform-wide key", async () => {
    const name = unique("Platform service");
    const create = apiOf("orgAdmin").apiKeys.create({
      name,
      scopes: ["users:read"],
      organization_id: null,
    });
    expect(await outcomeOf(create)).toBe("FORBIDDEN");
    expect(await db.apiKey.count({ where: { name } })).toBe(0);
  });

  it("a platform key must name organization_id to create a user, and nothing is written", async () => {
    const email = uniqueEmail();
    const create = apiOf("platformKey").users.create({ email, first_name: "No", last_name: "Org" });
    await expect(create).rejects.toMatchObject({
      appCode: "VALIDATION_FAILED",
      details: [expect.objectContaining({ path: "organization_id" })],
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("a platform key creates a user in the organization it names, invited by its admin", async () => {
    const created = await apiOf("platformKey").users.create({
      email: uniqueEmail(),
      first_name: "Beta",
      last_name: "Invitee",
      organization_id: orgB,
    });
    expect(created.organization_id).toBe(orgB);
    const invitation = await db.userInvitation.findUniqueOrThrow({
      where: { id: created.invitation.id },
    });
    expect(invitation).toMatchObject({
      organization_id: orgB,
      invited_by: world.b.orgAdmin.userId,
    });
  });

  it("a platform key naming an organization that does not exist is NOT_FOUND", async () => {
    const create = apiOf("platformKey").users.create({
      email: uniqueEmail(),
      first_name: "No",
      last_name: "Where",
      organization_id: "00000000-0000-4000-8000-000000000000",
    });
    expect(await outcomeOf(create)).toBe("NOT_FOUND");
  });

  it.each(["orgAdmin", "keyWithScope"] as const)(
    "%s creates users in organization A when it names none",
    async (caller) => {
      const created = await apiOf(caller).users.create({
        email: uniqueEmail(),
        first_name: "Alpha",
        last_name: "Invitee",
      });
      expect(created.organization_id).toBe(orgA);
    },
  );
});
