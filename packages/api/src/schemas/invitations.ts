import { InvitationStatus, UserRole } from "@ums/db/enums";
import { z } from "zod";

import { newPassword } from "./auth";
import { email, pageLimit, personName, queryBoolean, sortOrder, str, uuid } from "./fields";
import { emailAddress, instant, invitationRecord, userRecord } from "./records";

/** The most people one bulk invitation may name. */
export const maxInvitationsPerBatch = 500;

const temporaryPassword = str()
  .min(12, "must be at least 12 characters")
  .max(128, "must be at most 128 characters");

/** One person to invite; names are optional (the invitee can give them when accepting). */
export const invitePersonInput = z.strictObject({
  email,
  role: z.enum(UserRole).default("LEARNER"),
  first_name: personName.optional(),
  last_name: personName.optional(),
  /** given to the invitee to sign in once; they must replace it at once */
  temporary_password: temporaryPassword.optional(),
  /** super admins and platform API keys only; others invite into their own organization */
  organization_id: uuid.optional(),
});

/**
 * Many people at once. Rows are checked one by one, so a bad row is reported (skipped, with the
 * reason) without failing the others; hence `unknown` here and the row schema in the service.
 */
export const bulkInviteInput = z.strictObject({
  invitations: z
    .array(z.unknown())
    .min(1, "must name at least one person")
    .max(maxInvitationsPerBatch, `must name at most ${maxInvitationsPerBatch} people`),
  organization_id: uuid.optional(),
});

export const invitationSortFields = ["sent_at", "expires_at"] as const;

export const listInvitationsInput = z.strictObject({
  status: z.enum(InvitationStatus).optional(),
  /** case-insensitive part of the e-mail address */
  search: str().trim().min(1, "must not be empty").max(254).optional(),
  organization_id: uuid.optional(),
  sort: z.enum(invitationSortFields).default("sent_at"),
  order: sortOrder,
  limit: pageLimit(),
  cursor: str().max(500).optional(),
  include_totals: queryBoolean,
});

export const invitationIdInput = z.strictObject({ invitation_id: uuid });

/** The raw token from an invitation link. */
export const invitationToken = str()
  .trim()
  .min(20, "is not an invitation token")
  .max(200, "is not an invitation token");

export const describeInvitationInput = z.strictObject({ token: invitationToken });

/**
 * Accepting: a new password (checked against the password policy by the service), or, when the
 * inviter set a temporary password, that one (then the invitee must replace it at their first
 * sign-in), or both. Names, if the invitee wants to give or correct them.
 */
export const acceptInvitationInput = z
  .strictObject({
    token: invitationToken,
    password: newPassword.optional(),
    temporary_password: str().max(128).optional(),
    first_name: personName.optional(),
    last_name: personName.optional(),
  })
  .refine((input) => input.password !== undefined || input.temporary_password !== undefined, {
    error: "choose a password",
    path: ["password"],
  });

export type InvitePersonInput = z.infer<typeof invitePersonInput>;
export type ListInvitationsInput = z.infer<typeof listInvitationsInput>;
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;

// RESPONSES -------------------------------------------------------------------------------------

/** The link that activates the account: only its hash is stored, so it is shown once here. */
const invitationUrl = z.url().meta({
  description: "the link that activates the account; shown once, never stored",
  example: "https://learn.example.com/invite/Vx3kQ9mZ2pL7tR4wY8nB1cD6fH0jK5sA",
});

/** `POST /invitations`: the invited (PENDING) user, the invitation and its link. */
export const createdInvitation = z
  .object({
    user: userRecord,
    invitation: invitationRecord,
    invitation_url: invitationUrl,
  })
  .meta({ id: "CreatedInvitation" });

const bulkRowFields = {
  index: z.int().meta({ description: "the row's position in `invitations`, from 0", example: 0 }),
  email: z
    .string()
    .nullable()
    .meta({ description: "the row's e-mail address; null when the row has none" }),
};

/** `POST /invitations/bulk`: what became of each row, in the order given. */
export const bulkInvitationResult = z
  .object({
    created: z.int().meta({ description: "rows invited", example: 2 }),
    skipped: z.int().meta({ description: "rows not invited (see each row's reason)", example: 1 }),
    results: z.array(
      z.discriminatedUnion("status", [
        z
          .object({
            ...bulkRowFields,
            status: z.literal("created"),
            invitation_id: z.uuid(),
            user_id: z.uuid(),
            invitation_url: invitationUrl,
          })
          .meta({ id: "BulkInvitationCreatedRow" }),
        z
          .object({
            ...bulkRowFields,
            status: z.literal("skipped"),
            reason: z.string().meta({
              example: "This person already has a pending invitation: resend it instead",
            }),
            details: z
              .array(z.object({ path: z.string(), message: z.string() }))
              .meta({ description: "the problems with the row, by field" }),
          })
          .meta({ id: "BulkInvitationSkippedRow" }),
      ]),
    ),
  })
  .meta({ id: "BulkInvitationResult" });

/** An invitation in the list, with the name of the person who sent it. */
export const invitationListItem = invitationRecord
  .extend({
    invited_by_user: z.object({
      id: z.uuid(),
      first_name: z.string(),
      last_name: z.string(),
    }),
  })
  .meta({ id: "InvitationListItem" });

export const invitationListPage = z
  .object({
    items: z.array(invitationListItem),
    next_cursor: z
      .string()
      .nullable()
      .meta({ description: "pass as `cursor` for the next page; null on the last page" }),
    totals: z
      .object({ PENDING: z.int(), ACCEPTED: z.int(), EXPIRED: z.int(), CANCELLED: z.int() })
      .optional()
      .meta({
        description:
          "invitations per status among those the search matches (the `status` filter aside), when `include_totals=true` was asked",
        example: { PENDING: 3, ACCEPTED: 12, EXPIRED: 1, CANCELLED: 0 },
      }),
  })
  .meta({ id: "InvitationListPage" });

/** `POST /invitations/{invitation_id}/resend`: the invitation, PENDING again, and its new link. */
export const resentInvitation = invitationRecord
  .extend({ invitation_url: invitationUrl })
  .meta({ id: "ResentInvitation" });

/** `POST /invitations/lookup`: what the acceptance page shows. Nothing secret. */
export const invitationDescription = z
  .object({
    email: emailAddress,
    organization_name: z.string().meta({ example: "Acme Learning" }),
    role: z.enum(UserRole),
    expires_at: instant,
    first_name: z
      .string()
      .meta({ description: "as the inviter gave it; empty when not given", example: "Ada" }),
    last_name: z
      .string()
      .meta({ description: "as the inviter gave it; empty when not given", example: "Lovelace" }),
    requires_temporary_password: z.boolean().meta({
      description: "the inviter set a temporary password: accepting must give it",
    }),
  })
  .meta({ id: "InvitationDescription" });

/** `POST /invitations/accept`: the member the invitee has become. */
export const acceptedInvitation = z
  .object({
    user_id: z.uuid(),
    email: emailAddress,
    organization_id: z.uuid(),
    role: z.enum(UserRole),
    must_change_password: z.boolean().meta({
      description:
        "the temporary password became the password: it must be replaced at the first sign-in",
    }),
  })
  .meta({ id: "AcceptedInvitation" });
