import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { parseSettings, settingNames, SettingsError } from ".";

const errorFor = (env: Record<string, string>) => {
  try {
    parseSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error.message;
    throw error;
  }
  throw new Error("expected a SettingsError");
};

describe("settings", () => {
  it("has the specification's defaults", () => {
    const settings = parseSettings({});
    expect(settings.USER_DATABASE_URL).toBeUndefined();
    expect(settings).toMatchObject({
      AVATAR_STORAGE_BUCKET: "smart-learning-avatars",
      MAX_AVATAR_SIZE_MB: 5,
      ALLOWED_AVATAR_FORMATS: ["jpg", "jpeg", "png", "gif"],
      STATS_UPDATE_INTERVAL: 3_600_000,
      ACTIVITY_RETENTION_DAYS: 365,
      INVITATION_EXPIRES_IN: 7 * 86_400_000,
      MAX_REMINDER_COUNT: 3,
      REMINDER_INTERVAL: 2 * 86_400_000,
    });
  });

  it("limits import uploads to 200 MB and keeps their files 7 days unless told otherwise", () => {
    expect(parseSettings({})).toMatchObject({
      IMPORT_MAX_UPLOAD_BYTES: 209_715_200,
      IMPORT_FILE_RETENTION: 7 * 86_400_000,
    });
    expect(
      parseSettings({ IMPORT_MAX_UPLOAD_BYTES: "1048576", IMPORT_FILE_RETENTION: "12h" }),
    ).toMatchObject({ IMPORT_MAX_UPLOAD_BYTES: 1_048_576, IMPORT_FILE_RETENTION: 43_200_000 });
  });

  it("reads the specification's example values", () => {
    const settings = parseSettings({
      USER_DATABASE_URL: "postgresql://user_service:user_password@localhost:5433/user_service_db",
      AVATAR_STORAGE_BUCKET: "smart-learning-avatars",
      MAX_AVATAR_SIZE_MB: "5",
      ALLOWED_AVATAR_FORMATS: "jpg,jpeg,png,gif",
      STATS_UPDATE_INTERVAL: "1h",
      ACTIVITY_RETENTION_DAYS: "365",
      INVITATION_EXPIRES_IN: "7d",
      MAX_REMINDER_COUNT: "3",
      REMINDER_INTERVAL: "2d",
    });
    expect(settings.USER_DATABASE_URL).toBe(
      "postgresql://user_service:user_password@localhost:5433/user_service_db",
    );
    expect(settings.INVITATION_EXPIRES_IN).toBe(604_800_000);
  });

  it("counts users lists exactly up to 10,000 unless told otherwise", () => {
    expect(parseSettings({}).USERS_LIST_COUNT_CAP).toBe(10_000);
    expect(parseSettings({ USERS_LIST_COUNT_CAP: "500" }).USERS_LIST_COUNT_CAP).toBe(500);
    expect(errorFor({ USERS_LIST_COUNT_CAP: "0" })).toMatch(/USERS_LIST_COUNT_CAP/);
    expect(errorFor({ USERS_LIST_COUNT_CAP: "many" })).toMatch(/USERS_LIST_COUNT_CAP/);
  });

  it("bounds a search's first walk to 2,000 rows and its matches to 10,000 unless told otherwise", () => {
    expect(parseSettings({}).USERS_LIST_SEARCH_WALK_ROWS).toBe(2_000);
    expect(parseSettings({}).USERS_LIST_SEARCH_MATCH_CAP).toBe(10_000);
    const settings = parseSettings({
      USERS_LIST_SEARCH_WALK_ROWS: "50",
      USERS_LIST_SEARCH_MATCH_CAP: "200",
    });
    expect(settings.USERS_LIST_SEARCH_WALK_ROWS).toBe(50);
    expect(settings.USERS_LIST_SEARCH_MATCH_CAP).toBe(200);
    expect(errorFor({ USERS_LIST_SEARCH_WALK_ROWS: "0" })).toMatch(/USERS_LIST_SEARCH_WALK_ROWS/);
    expect(errorFor({ USERS_LIST_SEARCH_MATCH_CAP: "lots" })).toMatch(
      /USERS_LIST_SEARCH_MATCH_CAP/,
    );
  });

  it("runs the job worker in the API server unless WORKER_ENABLED is false", () => {
    expect(parseSettings({}).WORKER_ENABLED).toBe(true);
    expect(parseSettings({ WORKER_ENABLED: "true" }).WORKER_ENABLED).toBe(true);
    expect(parseSettings({ WORKER_ENABLED: "false" }).WORKER_ENABLED).toBe(false);
    expect(parseSettings({ WORKER_ENABLED: " FALSE " }).WORKER_ENABLED).toBe(false);
    expect(errorFor({ WORKER_ENABLED: "no" })).toMatch(
      /WORKER_ENABLED: "no" must be true or false/,
    );
  });

  it("has the HTTP layer's defaults: info logs, no CORS, 1 MB JSON bodies, rate limits", () => {
    expect(parseSettings({})).toMatchObject({
      LOG_LEVEL: "info",
      CORS_ORIGINS: [],
      MAX_JSON_BODY_KB: 1024,
      RATE_LIMIT_PER_MINUTE: 600,
      RATE_LIMIT_PER_IP_PER_MINUTE: 1200,
    });
  });

  it("serves local avatars from the API's public URL: localhost at API_PORT unless set", () => {
    expect(parseSettings({}).API_PUBLIC_URL).toBe("http://localhost:4000");
    expect(parseSettings({ API_PORT: "4100" }).API_PUBLIC_URL).toBe("http://localhost:4100");
    expect(parseSettings({ API_PUBLIC_URL: "https://users.example.com/" }).API_PUBLIC_URL).toBe(
      "https://users.example.com",
    );
  });

  it("reads the HTTP layer's settings", () => {
    expect(
      parseSettings({
        LOG_LEVEL: " Debug ",
        CORS_ORIGINS: "https://app.example.test, http://localhost:3000,https://app.example.test",
        MAX_JSON_BODY_KB: "64",
        RATE_LIMIT_PER_MINUTE: "30",
        RATE_LIMIT_PER_IP_PER_MINUTE: "90",
      }),
    ).toMatchObject({
      LOG_LEVEL: "debug",
      CORS_ORIGINS: ["https://app.example.test", "http://localhost:3000"],
      MAX_JSON_BODY_KB: 64,
      RATE_LIMIT_PER_MINUTE: 30,
      RATE_LIMIT_PER_IP_PER_MINUTE: 90,
    });
    expect(parseSettings({ CORS_ORIGINS: " , " }).CORS_ORIGINS).toEqual([]);
  });

  it("normalises the avatar format list", () => {
    expect(
      parseSettings({ ALLOWED_AVATAR_FORMATS: " PNG, jpg ,png" }).ALLOWED_AVATAR_FORMATS,
    ).toEqual(["png", "jpg"]);
  });

  it.each([
    ["INVITATION_EXPIRES_IN", "seven", /INVITATION_EXPIRES_IN: "seven" is not a duration/],
    ["REMINDER_INTERVAL", "2", /REMINDER_INTERVAL: "2" is not a duration/],
    ["STATS_UPDATE_INTERVAL", "5s", /STATS_UPDATE_INTERVAL: "5s" is too short/],
    ["MAX_AVATAR_SIZE_MB", "0", /MAX_AVATAR_SIZE_MB: "0" must be a number above 0/],
    ["MAX_AVATAR_SIZE_MB", "five", /MAX_AVATAR_SIZE_MB/],
    ["ALLOWED_AVATAR_FORMATS", "png,exe", /ALLOWED_AVATAR_FORMATS: .*unknown: exe/],
    ["ALLOWED_AVATAR_FORMATS", " , ", /ALLOWED_AVATAR_FORMATS/],
    ["ACTIVITY_RETENTION_DAYS", "-1", /ACTIVITY_RETENTION_DAYS: "-1" must be a whole number/],
    ["ACTIVITY_RETENTION_DAYS", "1.5", /ACTIVITY_RETENTION_DAYS/],
    ["MAX_REMINDER_COUNT", "three", /MAX_REMINDER_COUNT/],
    ["IMPORT_MAX_UPLOAD_BYTES", "200MB", /IMPORT_MAX_UPLOAD_BYTES: "200MB" must be a whole number/],
    ["IMPORT_MAX_UPLOAD_BYTES", "0", /IMPORT_MAX_UPLOAD_BYTES/],
    ["IMPORT_FILE_RETENTION", "7", /IMPORT_FILE_RETENTION: "7" is not a duration/],
    ["AVATAR_STORAGE_BUCKET", "../etc", /AVATAR_STORAGE_BUCKET: must be 3-63/],
    [
      "USER_DATABASE_URL",
      "mysql://localhost/db",
      /USER_DATABASE_URL: must be a postgresql:\/\/ URL/,
    ],
    ["AUTH_JWT_SECRET", "short", /AUTH_JWT_SECRET: must be at least 32 characters/],
    ["SMTP_URL", "http://mail", /SMTP_URL/],
    ["APP_URL", "ftp://x", /APP_URL/],
    ["API_PUBLIC_URL", "not a url", /API_PUBLIC_URL/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL: must be one of fatal, error/],
    ["CORS_ORIGINS", "*", /CORS_ORIGINS: must list exact origins.*not origins: \*/],
    ["CORS_ORIGINS", "https://app.example.test/", /CORS_ORIGINS: .*app\.example\.test\//],
    ["CORS_ORIGINS", "https://ok.test,ftp://files.test", /CORS_ORIGINS: .*ftp:\/\/files\.test/],
    ["MAX_JSON_BODY_KB", "0", /MAX_JSON_BODY_KB: "0" must be a whole number/],
    ["RATE_LIMIT_PER_MINUTE", "many", /RATE_LIMIT_PER_MINUTE/],
    ["RATE_LIMIT_PER_IP_PER_MINUTE", "-5", /RATE_LIMIT_PER_IP_PER_MINUTE/],
  ])("refuses %s=%j with a message naming it", (name, value, message) => {
    expect(errorFor({ [name]: value })).toMatch(message);
  });

  it("lists every bad variable at once", () => {
    const message = errorFor({ INVITATION_EXPIRES_IN: "seven", MAX_REMINDER_COUNT: "lots" });
    expect(message).toMatch(/INVITATION_EXPIRES_IN/);
    expect(message).toMatch(/MAX_REMINDER_COUNT/);
  });

  it("wants all three OIDC settings or none", () => {
    expect(errorFor({ OIDC_ISSUER: "https://id.example.test" })).toMatch(
      /OIDC_ISSUER, OIDC_CLIENT_ID/,
    );
    expect(
      parseSettings({
        OIDC_ISSUER: "https://id.example.test",
        OIDC_CLIENT_ID: "ums",
        OIDC_CLIENT_SECRET: "secret",
      }).OIDC_CLIENT_ID,
    ).toBe("ums");
  });

  it("needs an e-mail encryption key of its own in production", () => {
    expect(errorFor({ NODE_ENV: "production" })).toMatch(
      /OUTBOX_ENCRYPTION_KEY: is required in production/,
    );
    expect(errorFor({ OUTBOX_ENCRYPTION_KEY: "short" })).toMatch(
      /OUTBOX_ENCRYPTION_KEY: must be at least 32/,
    );
  });

  it("needs a real database in production", () => {
    expect(errorFor({ NODE_ENV: "production" })).toMatch(
      /USER_DATABASE_URL: is required in production/,
    );
  });

  it("stops a command at start-up with a message naming the bad variable", () => {
    const cli = fileURLToPath(new URL("../cli/migrate.ts", import.meta.url));
    const result = spawnSync(process.execPath, ["--import", "tsx", cli, "status"], {
      encoding: "utf8",
      env: { ...process.env, INVITATION_EXPIRES_IN: "seven" },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/INVITATION_EXPIRES_IN: "seven" is not a duration/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});

describe("every setting reaches the apps", () => {
  it("is passed through by turbo (which hands tasks only the variables it is told of)", () => {
    const turbo = JSON.parse(
      readFileSync(new URL("../../../../turbo.json", import.meta.url), "utf8"),
    ) as { globalEnv: string[]; globalPassThroughEnv: string[] };
    const passed = new Set([...turbo.globalEnv, ...turbo.globalPassThroughEnv]);
    const missing = settingNames.filter((name) => !passed.has(name));
    expect(missing).toEqual([]);
  });
});
