import { SettingsError } from "@ums/db/settings";

/**
 * The port to listen on: PORT when set (hosting platforms and process managers assign one that
 * way), otherwise the API_PORT setting.
 */
export function listenPort(env: Record<string, string | undefined>, apiPort: number): number {
  const text = env.PORT?.trim();
  if (text === undefined || text === "") return apiPort;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new SettingsError(
      `Invalid settings:\n  PORT: "${text}" must be a whole number from 1 to 65535`,
    );
  }
  return port;
}
