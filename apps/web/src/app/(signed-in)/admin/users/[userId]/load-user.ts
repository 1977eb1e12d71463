import "server-only";

import { toAppError } from "@ums/api";
import { notFound } from "next/navigation";
import { cache } from "react";

import { adminScope } from "../../../../../server/admin-scope";
import { api } from "../../../../../server/trpc";

/** Codes that mean "no such user here": unknown, of another organization, or not an id at all. */
const hidden = new Set(["NOT_FOUND", "VALIDATION_FAILED"]);

/**
 * The user of `/admin/users/<id>` (`users.get`, once per request: the layout and the page share
 * it), or the not-found page for an unknown or malformed id and a user of another organization.
 */
export const loadUser = cache(async (userId: string) => {
  await adminScope();
  try {
    return await (await api()).users.get({ user_id: userId });
  } catch (error) {
    if (hidden.has(toAppError(error).appCode)) notFound();
    throw error;
  }
});
