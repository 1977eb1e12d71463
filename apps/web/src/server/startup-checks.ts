/**
 * In production the web app refuses to start without NEXTAUTH_SECRET: next-auth would have nothing
 * to sign sessions with and would answer every request with a 500. Next only logs an error thrown
 * by the instrumentation hook and carries on serving, so this ends the process itself.
 */
export function refuseToStartWithoutSecrets(): void {
  if (process.env.NODE_ENV !== "production") return;
  const secret = process.env.NEXTAUTH_SECRET?.trim() ?? "";
  if (secret !== "") return;
  console.error(
    "NEXTAUTH_SECRET is not set. In production the web app needs it to sign its sessions: set it " +
      "to a random value of 32 characters or more (e.g. `openssl rand -base64 32`). Not starting.",
  );
  process.exit(1);
}
