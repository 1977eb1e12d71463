/**
 * What the data-transfer commands (export.ts, import.ts) share: failing with a message and an exit
 * code, paths meant from where the person typed the command, and the database with the
 * organization named on the command line.
 */
import path from "node:path";

import { createPrismaClient, type Db } from "@ums/db";
import { settings } from "@ums/db/settings";

import { findExportOrganization } from "../src/services/data-transfer";

type Organization = NonNullable<Awaited<ReturnType<typeof findExportOrganization>>>;

/** Prints `message` to stderr and exits with `code` (2: bad arguments; 1: a failure). */
export function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

/** `file` from the directory pnpm was started in (it runs scripts from the package folder). */
export function pathFromCaller(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/**
 * Runs `work` with the database the root script opened (USER_DATABASE_URL) and the organization
 * `org` (an id or a slug) names; an unknown organization exits with 2. The client is closed after.
 */
export async function withOrganization<T>(
  command: string,
  org: string,
  maxConnections: number,
  work: (db: Db, organization: Organization) => Promise<T>,
): Promise<T> {
  const url = settings().USER_DATABASE_URL;
  if (url === undefined) {
    fail(
      `USER_DATABASE_URL must be set (run it through \`${command}\`, which opens the database).`,
      1,
    );
  }
  const db = createPrismaClient(url, { maxConnections });
  try {
    const organization = await findExportOrganization(db, org);
    if (organization === null) fail(`No organization with the id or slug "${org}".`, 2);
    return await work(db, organization);
  } finally {
    await db.$disconnect();
  }
}

/** Runs the command's `main` and exits with its code; anything thrown is printed and exits 1. */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
