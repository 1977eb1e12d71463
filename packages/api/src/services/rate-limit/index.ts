// Fixed-window rate limits kept in PostgreSQL (rate_limit_buckets), shared by every process.
export {
  consumeRateLimit,
  enforceRateLimit,
  maxRateLimitWindowMs,
  purgeRateLimitBuckets,
  rateLimitKey,
  refundRateLimit,
  resetRateLimit,
  type ConsumeRateLimitOptions,
  type RateLimitOutcome,
  type RateLimitRule,
} from "./rate-limit";
export { RateLimitedError, waitInWords } from "./rate-limited-error";
