import { Prisma } from "@ums/db";

import { organizationScope, type UserActor } from "../../auth/actor";
import { conflict, forbidden, invalid, notFound } from "../../errors";
import type { CreateOrganizationInput, ListOrganizationsInput } from "../../schemas/organizations";
import { organizationSelect } from "../selects";
import type { ServiceContext } from "../service-context";

/** Super admins: a new organization. Its slug is unique (CONFLICT on `slug` otherwise). */
export async function createOrganization(
  ctx: ServiceContext<UserActor>,
  input: CreateOrganizationInput,
) {
  const taken = await ctx.db.organization.findUnique({
    where: { slug: input.slug },
    select: { id: true },
  });
  if (taken) throw conflict("slug", "An organization already has this slug");
  return ctx.db.organization.create({ data: input, select: organizationSelect });
}

/** Super admins: a new display name (the slug, used in links, stays). */
export async function renameOrganization(
  ctx: ServiceContext<UserActor>,
  organizationId: string,
  name: string,
) {
  const organization = await ctx.db.organization.findUnique({
    where: { id: organizationId },
    select: { id: true },
  });
  if (!organization) throw notFound("Organization");
  return ctx.db.organization.update({
    where: { id: organizationId },
    data: { name },
    select: organizationSelect,
  });
}

/**
 * Organizations the actor may see, by name: all of them for super admins and platform keys, only
 * their own for anyone else. Cursor pagination on (name, id).
 */
export async function listOrganizations(ctx: ServiceContext, input: ListOrganizationsInput) {
  const scope = organizationScope(ctx.actor);
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor);
  const rows = await ctx.db.organization.findMany({
    where: {
      ...(scope === null ? {} : { id: scope }),
      ...(input.search
        ? { name: { contains: input.search, mode: Prisma.QueryMode.insensitive } }
        : {}),
      ...(after
        ? { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] }
        : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: organizationSelect,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items,
    next_cursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  };
}

/**
 * One organization: any for super admins and platform keys; for anyone else only their own, and
 * another is NOT_FOUND exactly like one that does not exist.
 */
export async function getOrganization(ctx: ServiceContext, organizationId: string) {
  const scope = organizationScope(ctx.actor);
  if (scope !== null && scope !== organizationId) throw notFound("Organization");
  const organization = await ctx.db.organization.findUnique({
    where: { id: organizationId },
    select: organizationSelect,
  });
  if (!organization) throw notFound("Organization");
  return organization;
}

/** The caller's own organization (a user's, or a scoped API key's). */
export async function getOwnOrganization(ctx: ServiceContext) {
  const organizationId = ctx.actor.organizationId;
  if (organizationId === null)
    throw forbidden("A platform-wide API key belongs to no organization");
  return ctx.db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: organizationSelect,
  });
}

function encodeCursor(row: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.name, row.id])).toString("base64url");
}

function decodeCursor(text: string): { name: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string") {
      return { name: value[0], id: value[1] };
    }
  } catch {
    // reported below
  }
  throw invalid("cursor", "is not a cursor of this list");
}
