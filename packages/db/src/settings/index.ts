import { settingsSchema, type Settings } from "./schema";

export { avatarFormats, settingNames, settingsSchema, type Settings } from "./schema";
export { parseDuration } from "./duration";

/** Bad settings: the message names every variable at fault and why. */
export class SettingsError extends Error {
  override name = "SettingsError";
}

/** Parses and validates the settings in `env`; throws SettingsError listing every problem. */
export function parseSettings(env: Record<string, string | undefined>): Settings {
  const result = settingsSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const variable = issue.path.join(".") || "environment";
    return `  ${variable}: ${issue.message}`;
  });
  throw new SettingsError(
    `Invalid settings:\n${lines.join("\n")}\nSee .env.example for what each one takes.`,
  );
}

let cached: Settings | undefined;

/** The process's settings, parsed from process.env on first use. */
export function settings(): Settings {
  cached ??= parseSettings(process.env);
  return cached;
}
