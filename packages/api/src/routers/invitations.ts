import type { TRPCRouterRecord } from "@trpc/server";

import {
  acceptInvitationInput,
  bulkInviteInput,
  describeInvitationInput,
  invitationIdInput,
  invitePersonInput,
  listInvitationsInput,
} from "../schemas/invitations";
import { acceptInvitation } from "../services/invitations/accept-invitation";
import { bulkInvite } from "../services/invitations/bulk-invite";
import { describeInvitation } from "../services/invitations/describe-invitation";
import { invitePerson } from "../services/invitations/invite-person";
import { listInvitations } from "../services/invitations/list-invitations";
import { resendInvitation, revokeInvitation } from "../services/invitations/manage-invitation";
import { adminProcedure, publicProcedure } from "../trpc";

/**
 * Invitations: admins (and services) invite, list, resend and revoke within their organization;
 * whoever holds a link can look at it and accept it.
 */
export const invitationsRouter = {
  create: adminProcedure("invitations:write")
    .input(invitePersonInput)
    .mutation(({ ctx, input }) => invitePerson(ctx, input)),
  bulkCreate: adminProcedure("invitations:write")
    .input(bulkInviteInput)
    .mutation(({ ctx, input }) => bulkInvite(ctx, input)),
  list: adminProcedure("invitations:read")
    .input(listInvitationsInput)
    .query(({ ctx, input }) => listInvitations(ctx, input)),
  resend: adminProcedure("invitations:write")
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => resendInvitation(ctx, input.invitation_id)),
  revoke: adminProcedure("invitations:write")
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx, input.invitation_id)),
  /** anyone with the link: what the invitation is, or why it can no longer be accepted */
  describe: publicProcedure
    .input(describeInvitationInput)
    .query(({ ctx, input }) => describeInvitation(ctx, input.token)),
  /** anyone with the link: set a password and become an active member */
  accept: publicProcedure
    .input(acceptInvitationInput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
} satisfies TRPCRouterRecord;
