import type { TRPCRouterRecord } from "@trpc/server";

/** Filled in by the invitations, credentials and e-mail work (issue 5). */
export const invitationsRouter = {} satisfies TRPCRouterRecord;
