import { InvitationStatus, UserRole, UserStatus } from "@ums/db/enums";
import { z } from "zod";

import { errorCodes, type AppErrorCode } from "../errors/error-codes";

import {
  email,
  pageLimit,
  personName,
  queryBoolean,
  sortOrder,
  str,
  username,
  uuid,
} from "./fields";
import {
  activityRecord,
  goalRecord,
  instant,
  invitationRecord,
  organizationRecord,
  preferencesRecord,
  profileRecord,
  skillRecord,
  statsRecord,
  userRecord,
} from "./records";

export const userSortFields = ["created_at", "last_login", "email", "last_name"] as const;

const isoDateTime = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" });

/** `GET /users`: filters, search, sort and cursor pagination of the admin list. */
export const listUsersInput = z
  .strictObject({
    role: z.enum(UserRole).optional(),
    status: z.enum(UserStatus).optional(),
    /** super admins and platform API keys only; others see their own organization */
    organization_id: uuid.optional(),
    /** case-insensitive substring of name, e-mail or username */
    search: str()
      .trim()
      .min(1, "must not be empty")
      .max(100, "must be at most 100 characters")
      .optional(),
    created_from: isoDateTime.optional(),
    created_to: isoDateTime.optional(),
    sort: z.enum(userSortFields).default("created_at"),
    order: sortOrder,
    limit: pageLimit(),
    cursor: str().max(2048, "must be at most 2048 characters").optional(),
    include_total: queryBoolean,
  })
  .refine(
    (input) => !input.created_from || !input.created_to || input.created_from <= input.created_to,
    {
      error: "must not be after created_to",
      path: ["created_from"],
    },
  );

/** Roles an invitation may grant; whether the caller may grant it is checked by the service. */
export const createUserInput = z.strictObject({
  email,
  first_name: personName,
  last_name: personName,
  username: username.optional(),
  role: z.enum(UserRole).default("LEARNER"),
  /** super admins and platform API keys only; others create in their own organization */
  organization_id: uuid.optional(),
  /** given to the invitee to sign in once; they must replace it at once */
  temporary_password: str()
    .min(12, "must be at least 12 characters")
    .max(128, "must be at most 128 characters")
    .optional(),
});

/** Statuses an admin may set directly; PENDING belongs to the invitation flow. */
export const adminSettableStatuses = ["ACTIVE", "INACTIVE", "SUSPENDED"] as const;

export const updateUserInput = z.strictObject({
  user_id: uuid,
  first_name: personName.optional(),
  last_name: personName.optional(),
  username: username.nullable().optional(),
  role: z.enum(UserRole).optional(),
  status: z
    .enum(adminSettableStatuses, { error: "must be ACTIVE, INACTIVE or SUSPENDED" })
    .optional(),
});

export const userIdInput = z.strictObject({ user_id: uuid });

/** What `POST /users/bulk` does to every user it names. */
export const bulkUserActions = ["deactivate", "reactivate", "change_role"] as const;

/** The most users one bulk request may name (a page of the admin list holds at most 100 too). */
export const maxBulkUsers = 100;

/** `POST /users/bulk`: one action on up to 100 users; `role` goes with change_role, and only with it. */
export const bulkUpdateUsersInput = z
  .strictObject({
    user_ids: z
      .array(uuid)
      .min(1, "must name at least one user")
      .max(maxBulkUsers, `must name at most ${maxBulkUsers} users`)
      .refine((ids) => new Set(ids).size === ids.length, { error: "must not repeat a user" }),
    action: z.enum(bulkUserActions, { error: "must be deactivate, reactivate or change_role" }),
    role: z.enum(UserRole).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.action === "change_role" && input.role === undefined) {
      ctx.addIssue({ code: "custom", path: ["role"], message: "is required to change roles" });
    }
    if (input.action !== "change_role" && input.role !== undefined) {
      ctx.addIssue({ code: "custom", path: ["role"], message: "goes only with change_role" });
    }
  });

export type ListUsersInput = z.infer<typeof listUsersInput>;
export type CreateUserInput = z.infer<typeof createUserInput>;
export type UpdateUserInput = z.infer<typeof updateUserInput>;
export type BulkUpdateUsersInput = z.infer<typeof bulkUpdateUsersInput>;
export type BulkUserAction = (typeof bulkUserActions)[number];

// RESPONSES -------------------------------------------------------------------------------------

/** `exact`: the number of matching users; `at_least`: more match than the count cap, which `total` holds. */
export const userListTotalKinds = ["exact", "at_least"] as const;

export const userListItem = userRecord
  .extend({ profile: z.object({ avatar_url: z.string().nullable() }).nullable() })
  .meta({ id: "UserListItem" });

export const userListPage = z
  .object({
    items: z.array(userListItem),
    next_cursor: z
      .string()
      .nullable()
      .meta({ description: "pass as `cursor` for the next page; null on the last page" }),
    total: z.int().optional().meta({
      description:
        "users matching the filters, when `include_total=true` was asked: exact up to the count cap (USERS_LIST_COUNT_CAP, default 10,000), else the cap itself (see `total_kind`)",
    }),
    total_kind: z.enum(userListTotalKinds).optional().meta({
      description:
        "how to read `total`: `exact`, or `at_least` when more users match than the count cap (the list was not counted further)",
    }),
  })
  .meta({ id: "UserListPage" });

export const createdUser = userRecord
  .extend({
    invitation: z.object({
      id: z.uuid(),
      status: z.enum(InvitationStatus),
      expires_at: instant,
      invitation_url: z.url().meta({
        description: "the link that activates the account; shown once, never stored",
        example: "https://learn.example.com/invite/Vx3kQ9mZ2pL7tR4wY8nB1cD6fH0jK5sA",
      }),
    }),
  })
  .meta({ id: "CreatedUser" });

/** `GET /users/{user_id}`: the user with every relation an admin sees. */
export const userDetails = userRecord
  .extend({
    organization: organizationRecord,
    profile: profileRecord.nullable(),
    learning_preferences: preferencesRecord.nullable(),
    learning_stats: statsRecord.nullable(),
    skills: z.array(skillRecord),
    goals: z.array(goalRecord),
    invitations: z.array(invitationRecord),
    recent_activity: z
      .array(activityRecord)
      .meta({ description: "the 20 newest entries; page through the rest with GET /activities" }),
  })
  .meta({ id: "UserDetails" });

const errorCodeNames = Object.keys(errorCodes) as [AppErrorCode, ...AppErrorCode[]];

/** How one user of a bulk request came out. */
export const bulkUserResult = z
  .object({
    user_id: z.uuid(),
    outcome: z.enum(["changed", "unchanged", "refused"]).meta({
      description:
        "changed: written (and logged); unchanged: already so, nothing written; refused: see `error`, nothing written",
    }),
    user: userRecord
      .nullable()
      .meta({ description: "the user as they now are; null when refused" }),
    error: z
      .object({
        code: z.enum(errorCodeNames),
        message: z.string(),
        details: z.array(z.object({ path: z.string(), message: z.string() })),
      })
      .nullable()
      .meta({
        description:
          "why a refused row was refused (the code and message `PUT /users/{user_id}` would answer); null otherwise",
      }),
  })
  .meta({ id: "BulkUserResult" });

export const bulkUpdateUsersResult = z
  .object({
    results: z
      .array(bulkUserResult)
      .meta({ description: "one per `user_ids` entry, in the same order" }),
    changed: z.int(),
    unchanged: z.int(),
    refused: z.int(),
  })
  .meta({ id: "BulkUpdateUsersResult" });

/** A row of `bulkUserResult` as a service builds it (dates as Date; the output writes ISO strings). */
export type BulkUserResultRow = z.input<typeof bulkUserResult>;
