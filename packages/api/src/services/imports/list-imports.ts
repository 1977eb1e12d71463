import type { Prisma } from "@ums/db";
import { z } from "zod";

import { organizationScope } from "../../auth/actor";
import { invalid, notFound } from "../../errors";
import type { ListImportsInput } from "../../schemas/imports";
import type { ServiceContext } from "../service-context";
import { importRunRecordSelect, toImportRunRecord } from "./import-record";

const cursorSchema = z.tuple([z.iso.datetime(), z.uuid()]);

/**
 * `GET /imports`: the import runs of the actor's organization (super admins and platform keys:
 * one named, or all), newest first, a page at a time (keyset on created_at and id, so a run
 * started meanwhile does not shift the pages).
 */
export async function listImports(ctx: ServiceContext, input: ListImportsInput) {
  const scope = organizationScope(ctx.actor);
  if (scope !== null && input.organization_id !== undefined && input.organization_id !== scope) {
    throw notFound("Organization");
  }
  const organizationId = scope ?? input.organization_id;
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor);
  const where: Prisma.ImportRunWhereInput = {
    ...(organizationId === undefined ? {} : { organization_id: organizationId }),
    ...(input.status === undefined ? {} : { status: input.status }),
    ...(after === undefined
      ? {}
      : {
          OR: [{ created_at: { lt: after.at } }, { created_at: after.at, id: { lt: after.id } }],
        }),
  };
  const rows = await ctx.db.importRun.findMany({
    where,
    orderBy: [{ created_at: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: importRunRecordSelect,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items: items.map(toImportRunRecord),
    next_cursor: rows.length > input.limit && last ? encodeCursor(last.created_at, last.id) : null,
  };
}

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}

function decodeCursor(text: string): { at: Date; id: string } {
  try {
    const [at, id] = cursorSchema.parse(
      JSON.parse(Buffer.from(text, "base64url").toString("utf8")),
    );
    return { at: new Date(at), id };
  } catch {
    throw invalid("cursor", "is not a cursor of this list");
  }
}
