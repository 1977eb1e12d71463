import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "./generated/prisma/client";

export interface CreatePrismaClientOptions {
  /** Largest number of pooled connections (node-postgres default: 10). */
  maxConnections?: number;
}

/**
 * A Prisma client on `url` through the node-postgres driver adapter (no native engine needed).
 * Each app creates one per process and shares it; tests create one per test database.
 */
export function createPrismaClient(url: string, options: CreatePrismaClientOptions = {}) {
  const adapter = new PrismaPg({ connectionString: url, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
