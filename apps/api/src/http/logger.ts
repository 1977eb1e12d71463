import {
  pino,
  stdSerializers,
  type DestinationStream,
  type Level,
  type Logger,
  type LoggerOptions,
} from "pino";

export type LogLevel = Level | "silent";

export interface CreateLoggerOptions {
  level: LogLevel;
  /** where lines go (default: stdout); tests pass a stream to read them */
  destination?: DestinationStream;
}

/** Field names whose values never reach a log line (compared without case, "-" or "_"). */
const secretFields = new Set([
  "authorization",
  "proxyauthorization",
  "cookie",
  "setcookie",
  "xapikey",
  "apikey",
  "credentials",
]);
/** …and any field whose name ends with one of these (password, new_password, accessToken, …). */
const secretSuffixes = ["password", "token", "secret"];

function isSecretField(name: string): boolean {
  const normalised = name.toLowerCase().replaceAll(/[-_]/g, "");
  return secretFields.has(normalised) || secretSuffixes.some((end) => normalised.endsWith(end));
}

/**
 * A copy of `value` with every secret field's value replaced by "[REDACTED]", in plain objects
 * and arrays nested up to `maxDepth` levels (deeper ones are dropped).
 */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) {
    return depth >= maxDepth ? "[TOO DEEP]" : value.map((item) => redactSecrets(item, depth + 1));
  }
  if (!isPlainObject(value)) return value;
  if (depth >= maxDepth) return "[TOO DEEP]";
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      isSecretField(key) ? "[REDACTED]" : redactSecrets(field, depth + 1),
    ]),
  );
}
const maxDepth = 10;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * Patterns that are secrets wherever they appear, even inside free text (an error message, a
 * user agent, a URL): bearer credentials, API keys, JWTs, query strings (they carry tokens) and
 * `password=…`-style pairs. Applied to every finished line, after field redaction.
 */
const secretPatterns: [RegExp, string][] = [
  [/\bBearer\s+[^\s"\\,;]+/gi, "Bearer [REDACTED]"],
  // API keys are "ums_" and 40 base64url characters; short names such as a database "ums_app" stay.
  [/\bums_[A-Za-z0-9_-]{16,}/g, "ums_[REDACTED]"],
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, "[REDACTED JWT]"],
  [/\?[^\s"\\?#=&]+=[^\s"\\]*/g, "?[REDACTED]"],
  [
    /\b(password|passwd|pwd|token|secret|api_?key|access_token|refresh_token)=[^\s"\\&]+/gi,
    "$1=[REDACTED]",
  ],
];

/** `line` with every secret pattern replaced; exported for tests and other writers of logs. */
export function scrubSecrets(line: string): string {
  let scrubbed = line;
  for (const [pattern, replacement] of secretPatterns) {
    scrubbed = scrubbed.replace(pattern, replacement);
  }
  return scrubbed;
}

/**
 * The last step before a line is written: secret fields redacted wherever they came from (the
 * call's object, a child logger's fields, a serialized error's properties), then secret text
 * scrubbed from the whole line.
 */
export function redactLine(line: string): string {
  let redacted: string;
  try {
    redacted = `${JSON.stringify(redactSecrets(JSON.parse(line)))}\n`;
  } catch {
    redacted = line;
  }
  return scrubSecrets(redacted);
}

/**
 * The server's structured logger: one JSON object per line (pino), ISO timestamps, level names.
 * Secret fields are replaced by "[REDACTED]" and secret-looking text is scrubbed from the whole
 * line, so no token, API key, password, cookie or query string is ever written.
 */
export function createLogger({ level, destination }: CreateLoggerOptions): Logger {
  const options = {
    level,
    base: { service: "ums-api" },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: stdSerializers.err, error: stdSerializers.err },
    formatters: { level: (label) => ({ level: label }) },
    hooks: { streamWrite: redactLine },
  } satisfies LoggerOptions;
  // Default: stdout, written synchronously so that lines just before an exit are not lost.
  return destination === undefined ? pino(options) : pino(options, destination);
}
