import type { TestProject } from "vitest/node";

import { openDatabase } from "../lifecycle";
import { prepareTemplateDatabase } from "./template-database";
import "./provided-context";

/**
 * vitest globalSetup shared by every package: opens the database server the same way the apps do
 * (USER_DATABASE_URL, or the embedded server in .data/postgres), and prepares the migrated
 * template that each test file clones (see createTestDatabase).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const handle = await openDatabase({ migrate: false, releaseOnExit: true });
  const template = await prepareTemplateDatabase(handle.url);
  project.provide("testServerUrl", handle.url);
  project.provide("testTemplateDatabase", template);
  return () => {
    handle.release();
  };
}
