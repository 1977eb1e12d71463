export {
  createDatabaseIfMissing,
  defaultDatabaseName,
  openDatabase,
  releaseOnExit,
  type DatabaseHandle,
  type OpenDatabaseOptions,
} from "./database";
export { acquireEmbeddedServer, type EmbeddedLease } from "./embedded-server";
export { connectionFields, redactUrl, withDatabase } from "./connection-url";
export { localDataDir, repositoryRoot } from "./paths";
