import { classNames } from "./class-names";

export type PasswordStrengthLevel = "weak" | "fair" | "strong";

export interface PasswordStrengthEstimate {
  level: PasswordStrengthLevel;
  /** 0 to 4. */
  score: number;
}

/** A few passwords everyone tries; pass the server's full list through `isCommon` for more. */
const commonPasswords = new Set([
  "password",
  "password1",
  "password123",
  "passw0rd",
  "123456",
  "12345678",
  "123456789",
  "1234567890",
  "qwerty",
  "qwerty123",
  "qwertyuiop",
  "letmein",
  "welcome",
  "welcome1",
  "iloveyou",
  "admin",
  "admin123",
  "abc123",
  "111111",
  "000000",
  "monkey",
  "dragon",
  "football",
  "baseball",
  "sunshine",
  "princess",
  "trustno1",
  "changeme",
  "1q2w3e4r",
  "1qaz2wsx",
]);

export interface EstimateOptions {
  /** The policy's minimum length (default 10, as the server's). */
  minLength?: number;
  /** Whether a password is a known common one (e.g. `isCommonPassword` of `@ums/api/schemas`). */
  isCommon?: (password: string) => boolean;
}

/**
 * A rough local estimate of a password's strength, for feedback while typing (the server decides):
 * weak when shorter than `minLength`, common, or one repeated character; otherwise points for
 * length (12+, 16+) and for mixing lower case, upper case, digits and symbols.
 */
export function estimatePasswordStrength(
  password: string,
  { minLength = 10, isCommon }: EstimateOptions = {},
): PasswordStrengthEstimate {
  const lower = password.toLowerCase();
  if (
    password.length < minLength ||
    commonPasswords.has(lower) ||
    isCommon?.(password) === true ||
    /^(.)\1*$/.test(password)
  ) {
    return { level: "weak", score: password.length === 0 ? 0 : 1 };
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) =>
    pattern.test(password),
  ).length;
  let score = 1;
  if (password.length >= 12) score += 1;
  if (password.length >= 16) score += 1;
  if (classes >= 3) score += 1;
  if (classes === 4) score += 1;
  score = Math.min(score, 4);
  return { level: score >= 4 ? "strong" : score >= 2 ? "fair" : "weak", score };
}

export interface PasswordStrengthProps extends EstimateOptions {
  /** The password being typed. */
  password: string;
  /** Put this id in the password input's `aria-describedby` to read the strength with it. */
  id?: string;
  className?: string;
}

const levelClasses: Record<PasswordStrengthLevel, string> = {
  weak: "bg-danger-ink",
  fair: "bg-warning-ink",
  strong: "bg-success-ink",
};

/**
 * A strength meter under a new-password field: three bars and the words "Password strength: weak /
 * fair / strong" in a polite live region, so the change is heard while typing. Nothing is shown
 * for an empty password.
 */
export function PasswordStrength({
  password,
  id,
  className,
  minLength,
  isCommon,
}: PasswordStrengthProps) {
  const { level } = estimatePasswordStrength(password, { minLength, isCommon });
  const empty = password.length === 0;
  const filled = empty ? 0 : level === "weak" ? 1 : level === "fair" ? 2 : 3;
  return (
    <div className={classNames("grid gap-1.5", className)}>
      <div aria-hidden="true" className="grid grid-cols-3 gap-1">
        {[1, 2, 3].map((bar) => (
          <span
            key={bar}
            className={classNames(
              "ums-forced-outline h-1.5 rounded-full",
              bar <= filled ? levelClasses[level] : "bg-surface-muted ring-1 ring-line ring-inset",
            )}
          />
        ))}
      </div>
      <p id={id} aria-live="polite" className="min-h-5 text-sm text-fg-muted">
        {empty ? "" : `Password strength: ${level}`}
      </p>
    </div>
  );
}
