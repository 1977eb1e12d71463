export {
  applyMigrations,
  createMigration,
  diffDatabaseToMigrations,
  diffMigrationsToSchema,
  migrationStatus,
  type MigrationStatus,
} from "./commands";
export { localMigrationNames } from "./migrations-folder";
