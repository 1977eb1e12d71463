export { createPrismaClient, type CreatePrismaClientOptions, type Db } from "./client";
export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export type * from "./generated/prisma/models";
