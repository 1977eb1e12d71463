/**
 * Prints a bearer JWT for a user of the local database, signed with AUTH_JWT_SECRET the way the
 * platform's auth service signs them, so the REST API can be tried with curl on this machine:
 *
 *   pnpm api:token ada.lovelace@northwind.example.com      # root script: opens the database first
 *
 * Refuses to run with NODE_ENV=production: real tokens come from the auth service.
 */
import { createPrismaClient } from "@ums/db";
import { settings } from "@ums/db/settings";
import { SignJWT } from "jose";

const email = process.argv[2];
const config = settings();
if (email === undefined || email.startsWith("-")) {
  console.error("Usage: pnpm api:token <e-mail of a user> [lifetime, default 1h]");
  process.exit(2);
}
if (config.NODE_ENV === "production") {
  console.error(
    "pnpm api:token is for local development; production tokens come from the auth service.",
  );
  process.exit(1);
}
if (config.AUTH_JWT_SECRET === undefined || config.USER_DATABASE_URL === undefined) {
  console.error(
    "AUTH_JWT_SECRET and USER_DATABASE_URL must be set (run it through `pnpm api:token`).",
  );
  process.exit(1);
}

const db = createPrismaClient(config.USER_DATABASE_URL, { maxConnections: 1 });
try {
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, role: true, status: true },
  });
  if (user === null) {
    console.error(`No user with the e-mail ${email}.`);
    process.exitCode = 1;
  } else {
    let token = new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(user.id)
      .setIssuedAt()
      .setExpirationTime(process.argv[3] ?? "1h");
    if (config.AUTH_JWT_ISSUER !== undefined) token = token.setIssuer(config.AUTH_JWT_ISSUER);
    if (config.AUTH_JWT_AUDIENCE !== undefined) token = token.setAudience(config.AUTH_JWT_AUDIENCE);
    console.error(`A token for ${email} (${user.role}, ${user.status}):`);
    console.log(await token.sign(new TextEncoder().encode(config.AUTH_JWT_SECRET)));
  }
} finally {
  await db.$disconnect();
}
