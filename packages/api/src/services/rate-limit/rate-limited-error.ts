import { AppError } from "../../errors";

/**
 * RATE_LIMITED (429), saying how long to wait: in the message for people, and as `retryAfterMs`
 * for code (a Retry-After header, a sign-in page's countdown).
 */
export class RateLimitedError extends AppError {
  constructor(message: string, retryAfterMs: number) {
    super("RATE_LIMITED", `${message}. Try again in ${waitInWords(retryAfterMs)}.`, {
      retryAfterMs,
    });
  }
}

/** "1 minute", "14 minutes", "45 seconds": whole minutes rounded up, seconds under a minute. */
export function waitInWords(ms: number): string {
  const seconds = Math.max(Math.ceil(ms / 1000), 1);
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
