import { z } from "zod";

import { parseDuration } from "./duration";

/** A duration such as "1h", "7d" or "1h30m", in milliseconds; at least `minMs`. */
const duration = (fallback: string, minMs = 1_000) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms === undefined) {
        ctx.addIssue({
          code: "custom",
          message: `"${text}" is not a duration; write a number and a unit, e.g. 30m, 1h, 7d (units: ms, s, m, h, d, w)`,
        });
        return z.NEVER;
      }
      if (ms < minMs) {
        ctx.addIssue({ code: "custom", message: `"${text}" is too short (at least ${minMs} ms)` });
        return z.NEVER;
      }
      return ms;
    });

/** An integer in [min, max], read from text. */
const integer = (fallback: number, min: number, max: number) =>
  z
    .string()
    .default(String(fallback))
    .transform((text, ctx) => {
      const value = Number(text.trim());
      if (text.trim() === "" || !Number.isInteger(value) || value < min || value > max) {
        ctx.addIssue({
          code: "custom",
          message: `"${text}" must be a whole number from ${min} to ${max}`,
        });
        return z.NEVER;
      }
      return value;
    });

const positiveNumber = (fallback: number, max: number) =>
  z
    .string()
    .default(String(fallback))
    .transform((text, ctx) => {
      const value = Number(text.trim());
      if (text.trim() === "" || !Number.isFinite(value) || value <= 0 || value > max) {
        ctx.addIssue({
          code: "custom",
          message: `"${text}" must be a number above 0 and at most ${max}`,
        });
        return z.NEVER;
      }
      return value;
    });

/** "true" or "false" (any case). */
const boolean = (fallback: boolean) =>
  z
    .string()
    .default(String(fallback))
    .transform((text, ctx) => {
      const value = text.trim().toLowerCase();
      if (value === "true") return true;
      if (value === "false") return false;
      ctx.addIssue({ code: "custom", message: `"${text}" must be true or false` });
      return z.NEVER;
    });

const optionalText = z
  .string()
  .transform((text) => text.trim())
  .optional()
  .transform((text) => (text === "" ? undefined : text));

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

const postgresUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" })
  .optional()
  .or(z.literal("").transform(() => undefined));

export const avatarFormats = ["jpg", "jpeg", "png", "gif", "webp", "avif"] as const;

export const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Comma-separated exact origins (scheme, host, optional port; no path), e.g. "https://app.example.com". */
const origins = z
  .string()
  .default("")
  .transform((text, ctx) => {
    const entries = text
      .split(",")
      .map((entry) => entry.trim())
      .filter((entry) => entry !== "");
    const bad = entries.filter((entry) => {
      if (!URL.canParse(entry)) return true;
      const url = new URL(entry);
      return !["http:", "https:"].includes(url.protocol) || url.origin !== entry;
    });
    if (bad.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `must list exact origins such as https://app.example.com (scheme and host, no path or trailing slash) separated by commas; not origins: ${bad.join(", ")}`,
      });
      return z.NEVER;
    }
    return [...new Set(entries)];
  });

/**
 * Every setting of the service, read from the environment once at start-up.
 * The specification's "Environment Variables" come first; then what later parts of the product need.
 * `.env.example` documents each one.
 */
const settingFields = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),

  // Database. Unset: an embedded PostgreSQL in .data/postgres (development and tests only).
  USER_DATABASE_URL: postgresUrl,

  // File storage
  AVATAR_STORAGE_BUCKET: z
    .string()
    .default("smart-learning-avatars")
    .pipe(
      z
        .string()
        .regex(
          /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
          "must be 3-63 lowercase letters, digits, dots or hyphens (a bucket or folder name)",
        ),
    ),
  MAX_AVATAR_SIZE_MB: positiveNumber(5, 50),
  ALLOWED_AVATAR_FORMATS: z
    .string()
    .default("jpg,jpeg,png,gif")
    .transform((text, ctx) => {
      const formats = text
        .split(",")
        .map((format) => format.trim().toLowerCase())
        .filter((format) => format !== "");
      const unknown = formats.filter(
        (format) => !(avatarFormats as readonly string[]).includes(format),
      );
      if (formats.length === 0 || unknown.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `must list formats among ${avatarFormats.join(", ")} separated by commas${
            unknown.length > 0 ? ` (unknown: ${unknown.join(", ")})` : ""
          }`,
        });
        return z.NEVER;
      }
      return [...new Set(formats)] as (typeof avatarFormats)[number][];
    }),
  UPLOADTHING_TOKEN: optionalText,

  // Learning analytics
  STATS_UPDATE_INTERVAL: duration("1h", 60_000),
  ACTIVITY_RETENTION_DAYS: integer(365, 1, 36_500),

  // Background jobs: the API server also runs the job worker unless this is false (then run
  // `pnpm --filter @ums/api-server worker` on its own, or leave it to another instance).
  WORKER_ENABLED: boolean(true),

  // Data import (admin Import page, POST /imports): the largest upload of one import, all its
  // files together, in bytes; and how long an ended run keeps its uploaded files (so it can be
  // looked into or run again) before the job deletes them. Reports and rejections stay.
  IMPORT_MAX_UPLOAD_BYTES: integer(200 * 1024 * 1024, 1024, 64 * 1024 * 1024 * 1024),
  IMPORT_FILE_RETENTION: duration("7d", 60_000),

  // Users list: matching users are counted exactly up to this many; past it the total reads
  // "at least" the cap, so a count never reads a million rows on a page request.
  USERS_LIST_COUNT_CAP: integer(10_000, 1, 10_000_000),
  // A searched list page (in a NOT NULL order) first tests up to this many users in the list's
  // order; when they do not fill the page, it reads the term's matches by trigram, up to the
  // match cap, and sorts them; a term with more matches than the cap is walked in order.
  // (Why: searchedPage in packages/api/src/services/users/user-list-pages.ts.)
  USERS_LIST_SEARCH_WALK_ROWS: integer(2_000, 1, 1_000_000),
  USERS_LIST_SEARCH_MATCH_CAP: integer(10_000, 1, 10_000_000),

  // Invitations
  INVITATION_EXPIRES_IN: duration("7d", 60_000),
  MAX_REMINDER_COUNT: integer(3, 0, 100),
  REMINDER_INTERVAL: duration("2d", 60_000),

  // Where people reach the product (invitation and password-reset links point here)
  APP_URL: httpUrl.default("http://localhost:3000"),
  API_PORT: integer(4000, 1, 65_535),
  // Public URL of the API server (default http://localhost:<API_PORT>): avatars stored in the
  // local folder are served under /avatars there.
  API_PUBLIC_URL: optionalText.pipe(httpUrl.optional()),

  // The API server's HTTP layer (apps/api/src/http)
  LOG_LEVEL: z
    .string()
    .default("info")
    .transform((text) => text.trim().toLowerCase())
    .pipe(z.enum(logLevels, { error: `must be one of ${logLevels.join(", ")}` })),
  // Browser origins allowed to call the API (CORS); empty: no CORS headers at all.
  CORS_ORIGINS: origins,
  // Largest accepted JSON body, in kilobytes (multipart uploads are limited by MAX_AVATAR_SIZE_MB,
  // and imports by IMPORT_MAX_UPLOAD_BYTES).
  MAX_JSON_BODY_KB: integer(1024, 1, 102_400),
  // Requests per minute per credential (bearer token or API key), and per client IP address.
  RATE_LIMIT_PER_MINUTE: integer(600, 1, 1_000_000),
  RATE_LIMIT_PER_IP_PER_MINUTE: integer(1200, 1, 1_000_000),

  // Authentication: JWTs from the platform's auth service, and web sessions
  AUTH_JWT_SECRET: optionalText.pipe(
    z.string().min(32, "must be at least 32 characters").optional(),
  ),
  AUTH_JWT_ISSUER: optionalText,
  AUTH_JWT_AUDIENCE: optionalText,
  AUTH_JWKS_URL: optionalText.pipe(httpUrl.optional()),
  NEXTAUTH_SECRET: optionalText.pipe(
    z.string().min(32, "must be at least 32 characters").optional(),
  ),
  OIDC_ISSUER: optionalText.pipe(httpUrl.optional()),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,

  // Outgoing e-mail. Unset SMTP_URL: mails are kept in the outbox and written to the log.
  SMTP_URL: optionalText.pipe(
    z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  ),
  MAIL_FROM: z.string().default("Learning Platform <no-reply@localhost>"),
  /**
   * Key that encrypts the bodies of queued e-mails (they carry one-time links): at least 32
   * characters; required in production. Development and tests use a fixed, public key.
   */
  OUTBOX_ENCRYPTION_KEY: optionalText.pipe(
    z.string().min(32, "must be at least 32 characters").optional(),
  ),
  // How long a password-reset link stays valid.
  PASSWORD_RESET_EXPIRES_IN: duration("1h", 60_000),
});

/** The name of every setting. */
export const settingNames = Object.keys(settingFields.shape);

export const settingsSchema = settingFields
  .superRefine((settings, ctx) => {
    const oidc = [settings.OIDC_ISSUER, settings.OIDC_CLIENT_ID, settings.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message:
          "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three or none",
      });
    }
    if (settings.NODE_ENV === "production" && settings.OUTBOX_ENCRYPTION_KEY === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["OUTBOX_ENCRYPTION_KEY"],
        message: "is required in production (the development key is public)",
      });
    }
    if (settings.NODE_ENV === "production" && settings.USER_DATABASE_URL === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["USER_DATABASE_URL"],
        message: "is required in production (the embedded database is for development and tests)",
      });
    }
  })
  .transform((settings) => ({
    ...settings,
    API_PUBLIC_URL: (settings.API_PUBLIC_URL ?? `http://localhost:${settings.API_PORT}`).replace(
      /\/+$/,
      "",
    ),
  }));

export type Settings = z.output<typeof settingsSchema>;
