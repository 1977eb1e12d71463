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
  // Metadata resolved before the page's shell, for every browser, not streamed after it. Our titles
  // are static, so streaming gains nothing; and after a router.refresh() a streamed <title> could
  // arrive a moment after the refreshed page, leaving the document untitled in between (seen as an
  // axe "document-title" failure in CI). Blocking keeps the title in each payload's shell.
  htmlLimitedBots: /.*/,
};

export default config;
