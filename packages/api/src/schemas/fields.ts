import { z } from "zod";

/**
 * Field rules of DESIGN.md "Validation" (the specification's "Data Validation"), shared by the
 * API, the web forms and the data import. This module is safe to import in the browser.
 */

/**
 * A string PostgreSQL can store: text columns cannot hold NUL characters, and letting one through
 * would fail deep in the database instead of here, with a clear message.
 */
export const str = () =>
  z
    .string()
    .refine((value) => !value.includes("\u0000"), { error: "must not contain NUL characters" });

export const uuid = z.uuid({ error: "must be a UUID" });

export const email = str()
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .pipe(z.email({ error: "must be a valid e-mail address" }));

export const personName = str()
  .trim()
  .min(1, "must not be empty")
  .max(100, "must be at most 100 characters");

export const username = str()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9](?:[a-z0-9._-]{1,30})[a-z0-9]$/,
    "must be 3-32 letters, digits, dots, hyphens or underscores, starting and ending with a letter or digit",
  );

export const httpUrl = str()
  .trim()
  .max(2048, "must be at most 2048 characters")
  .pipe(
    z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "must be an http(s) URL" }),
  );

const timeZones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
/** The shape of an IANA name as the database writes it: Area/Location, capitalised segments. */
const ianaShape = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Z0-9][A-Za-z0-9_+-]*)*$/;

/**
 * Whether the runtime knows the zone. Its list (Intl.supportedValuesOf) names each zone once, by
 * ICU's older name where IANA renamed it (Asia/Calcutta, Europe/Kiev), so current names such as
 * Asia/Kolkata or Europe/Kyiv are checked by Intl itself; the zones found so are remembered.
 */
function isTimeZone(value: string): boolean {
  if (timeZones.has(value)) return true;
  if (!ianaShape.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
  } catch {
    return false;
  }
  timeZones.add(value);
  return true;
}

/** An IANA time zone name, e.g. Europe/London (current and former names alike). */
export const timeZone = str()
  .trim()
  .refine(isTimeZone, { error: "must be an IANA time zone, e.g. Europe/London" });

/** A BCP 47 language tag, stored in canonical form (en-gb → en-GB). */
export const languageTag = str()
  .trim()
  .max(35, "must be at most 35 characters")
  .transform((value, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(value);
      if (canonical !== undefined) return canonical;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: "must be a BCP 47 language tag, e.g. en or pt-BR" });
    return z.NEVER;
  });

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** An ISO 3166-1 alpha-2 country code, stored upper case. */
export const countryCode = str()
  .trim()
  .toUpperCase()
  .refine((value) => /^[A-Z]{2}$/.test(value) && regionNames.of(value) !== undefined, {
    error: "must be an ISO 3166-1 alpha-2 country code, e.g. GB",
  });

/** A calendar date as YYYY-MM-DD. */
export const calendarDate = z.iso.date({ error: "must be a date as YYYY-MM-DD" });

export const dateOfBirth = calendarDate.refine(
  (value) => value >= "1900-01-01" && value <= new Date().toISOString().slice(0, 10),
  { error: "must be a date between 1900-01-01 and today" },
);

/** A time of day as HH:MM (24-hour). */
export const timeOfDay = str().regex(
  /^(?:[01]\d|2[0-3]):[0-5]\d$/,
  "must be a time as HH:MM (24-hour), e.g. 09:00",
);

/** A learning-style (VARK) score. */
export const varkScore = z
  .number({ error: "must be a number" })
  .min(0, "must be between 0 and 1")
  .max(1, "must be between 0 and 1");

export const text = (max: number) => str().trim().max(max, `must be at most ${max} characters`);

/** A list of distinct values from `values`. */
export const distinctList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .array(z.enum(values, { error: `must be one of ${values.join(", ")}` }))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, { error: "must not repeat a value" });

/** A boolean that also reads "true"/"false" from a query string (z.coerce.boolean reads "false" as true). */
export const queryBoolean = z
  .union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")], {
    error: "must be true or false",
  })
  .default(false);

/** How many items a page of a list holds: 1 to 100, 20 unless asked (default for organizations: 50). */
export const pageLimit = (fallback = 20) =>
  z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(100, "must be at most 100")
    .default(fallback);

/** The direction of a sorted list. */
export const sortOrder = z.enum(["asc", "desc"]).default("desc");

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Any JSON value (z.json(), but named): the recursion goes through this very instance, so the
 * API reference shows one `JsonValue` schema instead of an anonymous one.
 */
export const jsonValue: z.ZodType<JsonValue> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(jsonValue),
      z.record(z.string(), jsonValue),
    ]),
  )
  .meta({ id: "JsonValue", description: "any JSON value" });
