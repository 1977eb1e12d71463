export {
  applyMigrations,
  createMigration,
  diffDatabaseToMigrations,
  diffMigrationsToSchema,
  migrationStatus,
  type MigrationStatus,
} from "./commands";
