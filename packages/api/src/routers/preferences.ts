import type { TRPCRouterRecord } from "@trpc/server";

export const preferencesRouter = {} satisfies TRPCRouterRecord;
