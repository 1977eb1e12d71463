export { createPrismaClient, type CreatePrismaClientOptions, type Db } from "./client";
export { directSql, type DirectSql } from "./direct-sql";
export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export type * from "./generated/prisma/models";
