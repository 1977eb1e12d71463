import type { Prisma } from "@ums/db";

import type { ApiKeyActor, UserActor } from "../auth/actor";
import type { Context } from "../context";

/** The context a service runs in: an authenticated caller of the given kind. */
export type ServiceContext<A extends UserActor | ApiKeyActor = UserActor | ApiKeyActor> = Omit<
  Context,
  "actor"
> & { actor: A };

/** A Prisma client inside an interactive transaction. */
export type Tx = Prisma.TransactionClient;
