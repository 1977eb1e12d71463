import { openDatabase, redactUrl } from "../lifecycle";
import { applyMigrations, createMigration, migrationStatus } from "../migrate";
import { runCli } from "./run-cli";

const usage = `Usage:
  pnpm db:migrate                  apply pending migrations to the configured database
  pnpm db:migrate:create <name>    write prisma/migrations/<timestamp>_<name> bringing the history up to schema.prisma
  pnpm db:status                   applied, pending and failed migrations, and drift`;

runCli(async () => {
  const [command, ...args] = process.argv.slice(2);
  const db = await openDatabase({ migrate: false });
  try {
    console.log(`Database: ${redactUrl(db.url)}${db.embedded ? " (embedded)" : ""}`);
    switch (command) {
      case "deploy": {
        const { applied } = await applyMigrations(db.url);
        console.log(
          applied.length === 0
            ? "Already up to date: no pending migrations."
            : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`,
        );
        return 0;
      }
      case "create": {
        const name = args.join("_");
        if (name === "") {
          console.error(`A migration needs a name.\n${usage}`);
          return 2;
        }
        const created = await createMigration(db.url, name);
        if (created === null) {
          console.log("Nothing to do: the migration history already matches schema.prisma.");
          return 0;
        }
        console.log(`Created prisma/migrations/${created.folder}/migration.sql:\n\n${created.sql}`);
        console.log("\nReview it, add what Prisma cannot express, then run `pnpm db:migrate`.");
        return 0;
      }
      case "status":
        return printStatus(await migrationStatus(db.url));
      default:
        console.error(usage);
        return 2;
    }
  } finally {
    db.release();
  }
});

function printStatus(status: Awaited<ReturnType<typeof migrationStatus>>): number {
  const list = (names: string[]) => names.map((name) => `  ${name}`).join("\n");
  const applied = status.local.filter((name) => !status.pending.includes(name));
  console.log(`${applied.length} of ${status.local.length} migration(s) applied.`);
  const problems = [
    status.pending.length > 0 && `Pending (run pnpm db:migrate):\n${list(status.pending)}`,
    status.failed.length > 0 && `Failed:\n${list(status.failed)}`,
    status.edited.length > 0 && `Edited after being applied:\n${list(status.edited)}`,
    status.unknownApplied.length > 0 &&
      `Applied to the database but missing here:\n${list(status.unknownApplied)}`,
    status.databaseDrift !== "" &&
      `Drift: the database differs from the migration history. To match it:\n${status.databaseDrift}`,
    status.schemaChanges !== "" &&
      `schema.prisma has changes no migration contains (run pnpm db:migrate:create <name>):\n${status.schemaChanges}`,
  ].filter((problem) => problem !== false);
  for (const problem of problems) console.log(problem);
  if (problems.length === 0) {
    console.log("No drift: database, migration history and schema.prisma agree.");
  }
  return problems.length === 0 ? 0 : 1;
}
