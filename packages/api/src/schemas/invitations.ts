import { InvitationStatus, UserRole } from "@ums/db/enums";
import { z } from "zod";

import { newPassword } from "./auth";
import { email, pageLimit, personName, queryBoolean, sortOrder, str, uuid } from "./fields";

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
