import type { SeedResult } from "../seed";

/** Prints the demo sign-ins and invitation links (demo data only; never seeded in production). */
export function printDemoAccounts(result: SeedResult, appUrl: string): void {
  console.log("\nDemo sign-ins (demo data only; the seed refuses to run in production):");
  for (const account of result.accounts) {
    console.log(
      `  ${account.role.padEnd(12)} ${account.email.padEnd(42)} ${account.password}   ${account.organization}`,
    );
  }
  console.log("\nPending demo invitations:");
  for (const [email, token] of Object.entries(result.pendingInvitationTokens)) {
    console.log(`  ${email.padEnd(42)} ${new URL(`/invite/${token}`, appUrl).toString()}`);
  }
}
