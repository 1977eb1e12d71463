import type { TRPCRouterRecord } from "@trpc/server";

/** Filled in by the learning-domain work (issue 4). */
export const skillsRouter = {} satisfies TRPCRouterRecord;
