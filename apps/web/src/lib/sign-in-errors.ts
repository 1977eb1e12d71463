/**
 * The error codes sign-in can end with (next-auth puts them in `?error=` or in signIn()'s answer)
 * and what the sign-in page says for each. Client-safe: shared by the server's authorize() and the
 * sign-in form.
 */

/** A wrong e-mail address or password, or an account that may not sign in: next-auth's own code. */
export const credentialsRejected = "CredentialsSignin";

/** Too many failed attempts; the code carries the seconds to wait: `RateLimited:<seconds>`. */
export const rateLimitedCode = (retryAfterSeconds: number) => `RateLimited:${retryAfterSeconds}`;

/** Sign-in cannot be checked right now (no database, or it did not answer). */
export const signInUnavailable = "Unavailable";

/** "45 seconds", "1 minute", "15 minutes": how long to wait, for a message. */
export function waitText(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/** What to tell the person for an error code, or null when there is none. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (code === null || code === undefined || code === "") return null;
  const limited = /^RateLimited:(\d+)$/.exec(code);
  if (limited) {
    const seconds = Number(limited[1]);
    return `Too many failed sign-in attempts. Wait ${waitText(seconds)} and try again.`;
  }
  switch (code) {
    case credentialsRejected:
      return "The e-mail address or password is not correct, or the account is not active.";
    case signInUnavailable:
      return "Signing in is not possible right now. Try again in a moment.";
    case "AccessDenied":
      return "There is no active account with this e-mail address. Ask your administrator for an invitation.";
    case "OAuthSignin":
    case "OAuthCallback":
    case "OAuthAccountNotLinked":
    case "Callback":
      return "Signing in with single sign-on did not work. Try again, or sign in with your password.";
    case "SessionRequired":
      return "Sign in to continue.";
    default:
      return "Signing in did not work. Try again.";
  }
}

/**
 * A callback URL that stays on this site: a path starting with a single "/". Anything else (an
 * absolute URL, "//evil.example", a backslash trick) becomes "/".
 */
export function safeCallbackUrl(value: string | string[] | null | undefined): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url?.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return "/";
  // No control characters (a header or URL trick), checked without a control-character regex.
  for (const character of url) {
    if (character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f) return "/";
  }
  return url;
}
