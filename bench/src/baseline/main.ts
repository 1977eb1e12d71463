/**
 * The baseline server as its own process (started by the load runner), so it does not share an
 * event loop with the load generator. Prints `listening <url>` when ready.
 */
import { startBaseline } from "./server";

const databaseUrl = process.env.USER_DATABASE_URL;
const jwtSecret = process.env.AUTH_JWT_SECRET;
if (databaseUrl === undefined || jwtSecret === undefined) {
  console.error("USER_DATABASE_URL and AUTH_JWT_SECRET must be set (run it through `pnpm bench`).");
  process.exit(1);
}
const { url } = await startBaseline({
  databaseUrl,
  jwtSecret,
  port: Number(process.env.BASELINE_PORT ?? 0),
});
console.log(`listening ${url}`);
