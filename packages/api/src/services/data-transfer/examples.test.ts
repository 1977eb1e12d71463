import { createTestDatabase } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { csvFiles } from "./csv-files";
import { createExampleOrganization } from "./example-organization";
import { exportOrganizationUsers } from "./export-users";
import { stringSink } from "./text-sink";
import { writeCsvFiles, writeJsonLines } from "./write-export";

/**
 * The example files of packages/api/examples/data-transfer are the exporter's output for the
 * example organization, byte for byte. After a deliberate change of the format, regenerate them:
 *
 *   pnpm --filter @ums/api exec vitest run src/services/data-transfer/examples.test.ts --update
 *
 * and review the diff (docs/data-migration.md describes every column).
 */
const examples = "../../../examples/data-transfer";

const { db } = await createTestDatabase();
const { organization } = await createExampleOrganization(db);
// Pages of 2 users, so the examples also show that paging changes nothing.
const users = () => exportOrganizationUsers(db, { organizationId: organization.id, pageSize: 2 });

describe("the example files", () => {
  it("users.jsonl is the JSON Lines export of the example organization", async () => {
    const sink = stringSink();
    await writeJsonLines(users(), sink);
    await expect(sink.text()).toMatchFileSnapshot(`${examples}/users.jsonl`);
  });

  it("the CSV files are its CSV export", async () => {
    const sinks = Object.fromEntries(csvFiles.map(({ kind }) => [kind, stringSink()])) as Record<
      (typeof csvFiles)[number]["kind"],
      ReturnType<typeof stringSink>
    >;
    await writeCsvFiles(users(), sinks);
    for (const { kind, file } of csvFiles) {
      await expect(sinks[kind].text()).toMatchFileSnapshot(`${examples}/csv/${file}`);
    }
  });
});
