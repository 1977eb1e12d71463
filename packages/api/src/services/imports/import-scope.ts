import type { Db, Prisma } from "@ums/db";

import { organizationScope, type ApiKeyActor, type UserActor } from "../../auth/actor";
import { notFound } from "../../errors";

/**
 * The import run `importId`, if the actor may see it (their organization's, or any for super
 * admins and platform keys). Another organization's run is NOT_FOUND, exactly like one that does
 * not exist.
 */
export async function findImportInScope<S extends Prisma.ImportRunSelect>(
  db: Db,
  actor: UserActor | ApiKeyActor,
  importId: string,
  select: S,
) {
  const scope = organizationScope(actor);
  const run = await db.importRun.findFirst({
    where: { id: importId, ...(scope === null ? {} : { organization_id: scope }) },
    select,
  });
  if (!run) throw notFound("Import");
  return run;
}
