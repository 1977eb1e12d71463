import type { TRPCRouterRecord } from "@trpc/server";

import {
  acceptInvitationInput,
  acceptedInvitation,
  bulkInvitationResult,
  bulkInviteInput,
  createdInvitation,
  describeInvitationInput,
  invitationDescription,
  invitationIdInput,
  invitationListPage,
  invitePersonInput,
  listInvitationsInput,
  resentInvitation,
} from "../schemas/invitations";
import { invitationRecord } from "../schemas/records";
import { acceptInvitation } from "../services/invitations/accept-invitation";
import { bulkInvite } from "../services/invitations/bulk-invite";
import { describeInvitation } from "../services/invitations/describe-invitation";
import { invitePerson } from "../services/invitations/invite-person";
import { listInvitations } from "../services/invitations/list-invitations";
import { resendInvitation, revokeInvitation } from "../services/invitations/manage-invitation";
import { adminProcedure, publicProcedure } from "../trpc";

const tags: ["Invitations"] = ["Invitations"];

/**
 * Invitations: admins (and services) invite, list, resend and revoke within their organization;
 * whoever holds a link can look at it and accept it.
 */
export const invitationsRouter = {
  create: adminProcedure("invitations:write")
    .meta({
      rest: {
        method: "POST",
        path: "/invitations",
        tags,
        summary: "Invite a person into an organization",
        description:
          "Creates a PENDING user (or re-invites a PENDING one whose invitation expired or was cancelled) and an invitation, e-mailed at once; its link is returned once. An active or deactivated member, a pending invitation or an account in another organization is 409 on `email`. Org admins and scoped keys invite into their own organization; only super admins invite a SUPER_ADMIN.",
        successStatus: 201,
      },
    })
    .input(invitePersonInput)
    .output(createdInvitation)
    .mutation(({ ctx, input }) => invitePerson(ctx, input)),
  bulkCreate: adminProcedure("invitations:write")
    .meta({
      rest: {
        method: "POST",
        path: "/invitations/bulk",
        tags,
        summary: "Invite up to 500 people at once",
        description:
          "Each row is checked and invited on its own, like `POST /invitations`: a bad row, or one repeating an e-mail address invited earlier in the batch, is reported as skipped with its reason while the others go ahead, so the answer is 200 with a result per row. `organization_id` applies to rows that give none.",
      },
    })
    .input(bulkInviteInput)
    .output(bulkInvitationResult)
    .mutation(({ ctx, input }) => bulkInvite(ctx, input)),
  list: adminProcedure("invitations:read")
    .meta({
      rest: {
        method: "GET",
        path: "/invitations",
        tags,
        summary: "List invitations",
        description:
          "The caller's organization (super admins and platform keys: any, or all), filtered by status and by part of the e-mail address, sorted by sent or expiry date, with the inviter's name. Pages are cursor-based: pass `next_cursor` back as `cursor` with the same sort and order (the `Link: rel=\"next\"` header holds the whole URL).",
        paginated: true,
      },
    })
    .input(listInvitationsInput)
    .output(invitationListPage)
    .query(({ ctx, input }) => listInvitations(ctx, input)),
  resend: adminProcedure("invitations:write")
    .meta({
      rest: {
        method: "POST",
        path: "/invitations/{invitation_id}/resend",
        tags,
        summary: "Send an invitation again with a new link",
        description:
          "Issues a new link and e-mails it; the old link stops working, because only the hash of a link's token is stored. The expiry starts again from now and an EXPIRED invitation is PENDING again. An accepted or cancelled invitation is 409.",
      },
    })
    .input(invitationIdInput)
    .output(resentInvitation)
    .mutation(({ ctx, input }) => resendInvitation(ctx, input.invitation_id)),
  revoke: adminProcedure("invitations:write")
    .meta({
      rest: {
        method: "POST",
        path: "/invitations/{invitation_id}/revoke",
        tags,
        summary: "Revoke a pending invitation",
        description:
          "The invitation becomes CANCELLED and its link stops working; the invited user stays PENDING and can be invited again. Revoking a cancelled invitation again changes nothing; an accepted or expired one is 409.",
      },
    })
    .input(invitationIdInput)
    .output(invitationRecord)
    .mutation(({ ctx, input }) => revokeInvitation(ctx, input.invitation_id)),
  /** anyone with the link: what the invitation is, or why it can no longer be accepted */
  describe: publicProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/invitations/lookup",
        tags,
        summary: "Look up an invitation by the token of its link",
        description:
          "For the acceptance page; no sign-in needed. The token travels in the JSON body, never in a URL, because URLs end up in logs. An unknown (or replaced) link is 404; an accepted, expired or cancelled one is 409, with the case in `details[0].message`.",
      },
    })
    .input(describeInvitationInput)
    .output(invitationDescription)
    .query(({ ctx, input }) => describeInvitation(ctx, input.token)),
  /** anyone with the link: set a password and become an active member */
  accept: publicProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/invitations/accept",
        tags,
        summary: "Accept an invitation and set a password",
        description:
          "No sign-in needed: the token of the link proves the invitation. The invitee becomes an ACTIVE member with the invitation's role. When the inviter set a temporary password it must be given (a wrong one is 401); given alone it becomes the password, to be replaced at the first sign-in. An unknown link is 404; an accepted, expired or cancelled one is 409. Of two simultaneous accepts, exactly one succeeds.",
      },
    })
    .input(acceptInvitationInput)
    .output(acceptedInvitation)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
} satisfies TRPCRouterRecord;
