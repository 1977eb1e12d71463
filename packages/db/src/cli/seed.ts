import { createPrismaClient } from "../client";
import { openDatabase, redactUrl } from "../lifecycle";
import { seedDemoData } from "../seed";
import { settings } from "../settings";
import { printDemoAccounts } from "./print-demo-accounts";
import { runCli } from "./run-cli";

runCli(async () => {
  if (settings().NODE_ENV === "production") {
    console.error("Refusing to seed demo accounts with NODE_ENV=production.");
    return 1;
  }
  const handle = await openDatabase();
  const db = createPrismaClient(handle.url);
  try {
    const result = await seedDemoData(db);
    const total = Object.values(result.inserted).reduce((sum, count) => sum + count, 0);
    console.log(`Database: ${redactUrl(handle.url)}${handle.embedded ? " (embedded)" : ""}`);
    console.log(
      total === 0
        ? "Demo data already present: nothing inserted."
        : `Inserted ${total} demo rows (${Object.entries(result.inserted)
            .filter(([, count]) => count > 0)
            .map(([table, count]) => `${table} ${count}`)
            .join(", ")}).`,
    );
    printDemoAccounts(result, settings().APP_URL);
    return 0;
  } finally {
    await db.$disconnect();
    handle.release();
  }
});
