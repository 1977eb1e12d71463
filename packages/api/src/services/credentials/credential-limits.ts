import type { RateLimitRule } from "../rate-limit";

const minuteMs = 60_000;

/**
 * The rate limits of the credential checks (issue 5 "Credentials"). Accounts are keyed by e-mail
 * address, known or not, so a limit behaves the same for an address that has no account.
 */
export const credentialLimits = {
  /** wrong passwords for one account (sign-in and change password share it); a success resets it */
  account: { limit: 5, windowMs: 15 * minuteMs },
  /** wrong passwords from one client address; successes do not count (a classroom, one NAT) */
  ip: { limit: 20, windowMs: 15 * minuteMs },
  /** password-reset requests for one e-mail address */
  resetEmail: { limit: 3, windowMs: 60 * minuteMs },
  /** password-reset requests from one client address */
  resetIp: { limit: 20, windowMs: 60 * minuteMs },
} as const satisfies Record<string, RateLimitRule>;

/** The rate-limit bucket keys (the identifiers are hashed into them). */
export const credentialBuckets = {
  account: "password:account",
  ip: "password:ip",
  resetEmail: "password-reset:email",
  resetIp: "password-reset:ip",
} as const;
