import { defineConfig } from "prisma/config";

// The CLI is used for `prisma generate` only; migrations run through src/migrate (WASM engine).
// process.env rather than env(): env() throws when the variable is unset, which breaks generate.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.USER_DATABASE_URL ?? "" },
});
