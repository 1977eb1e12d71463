import { SettingsError } from "../settings";

/**
 * Runs a command-line entry point: prints failures without a stack for the errors a user can fix
 * (bad settings), and always exits, so stray timers or pools never keep a finished command alive.
 */
export function runCli(main: () => Promise<number | undefined>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof SettingsError ? error.message : error);
      process.exit(1);
    },
  );
}
