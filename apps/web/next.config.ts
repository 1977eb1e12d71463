import type { NextConfig } from "next";

const config: NextConfig = {
  // The workspace packages export TypeScript sources (no build step); Next compiles them with the app.
  transpilePackages: ["@ums/api", "@ums/db", "@ums/ui"],
  // Required from node_modules at run time rather than bundled: Prisma's runtime and the pg driver
  // load files and optional modules relative to their own location. (Next already externalises
  // @prisma/client and pg by default; they are listed so the intent does not hang on that list.)
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg"],
  typedRoutes: true,
  poweredByHeader: false,
};

export default config;
