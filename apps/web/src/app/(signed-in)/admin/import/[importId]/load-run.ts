import "server-only";

import { toAppError } from "@ums/api";
import { notFound } from "next/navigation";
import { cache } from "react";

import { adminScope } from "../../../../../server/admin-scope";
import { api } from "../../../../../server/trpc";

/** Codes that mean "no such run here": unknown, of another organization, or not an id at all. */
const hidden = new Set(["NOT_FOUND", "VALIDATION_FAILED"]);

/**
 * The run of `/admin/import/<id>` (`imports.get`, once per request: the layout and the page share
 * it), or the not-found page for an unknown or malformed id and a run of another organization.
 */
export const loadRun = cache(async (importId: string) => {
  await adminScope();
  try {
    return await (await api()).imports.get({ import_id: importId });
  } catch (error) {
    if (hidden.has(toAppError(error).appCode)) notFound();
    throw error;
  }
});
