export { createTestDatabase, type TestDatabase } from "./test-database";
export * from "./factories";
export { observeDirectSql } from "../direct-sql";
