// Passwords: policy, argon2id hashing, the sign-in check, change and reset (issue 5 "Credentials").
export { changePassword } from "./change-password";
export { credentialLimits } from "./credential-limits";
export { assertPasswordPolicy } from "./password-policy";
export { passwordResetLinkErrors, requestPasswordReset, resetPassword } from "./password-reset";
export {
  hashPassword,
  setPassword,
  setPasswordHash,
  verifyPassword,
  type SetPasswordOptions,
} from "./passwords";
export { recordSignIn, type SignInMethod } from "./record-sign-in";
export { hashResetToken, passwordResetUrl } from "./reset-token";
export {
  signInFailedMessage,
  verifyCredentials,
  type SignInAttempt,
  type VerifiedCredentials,
  type VerifyCredentialsDeps,
} from "./verify-credentials";
