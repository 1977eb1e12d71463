export {
  appRouter,
  createCaller,
  type AppRouter,
  type RouterInputs,
  type RouterOutputs,
} from "./root";
export { createContextInner, type Context, type CreateContextOptions } from "./context";
export { createHttpContext, type HttpContextOptions } from "./http-context";
export * from "./auth";
export * from "./errors";
export {
  signInFailedMessage,
  verifyCredentials,
  type SignInAttempt,
  type VerifiedCredentials,
  type VerifyCredentialsDeps,
} from "./services/credentials/verify-credentials";
export { recordSignIn, type SignInMethod } from "./services/credentials/record-sign-in";
export { RateLimitedError } from "./services/rate-limit";
export {
  checkHealth,
  type CheckHealthOptions,
  type HealthReport,
} from "./services/health/check-health";
export { restProcedures, type RestProcedure } from "./rest/rest-procedures";
export type { ProcedureAccess, ProcedureMeta, RestMethod, RestRoute } from "./rest/procedure-meta";
export { replaceAvatar, type AvatarUpload } from "./services/avatars/replace-avatar";
export {
  avatarUploadBodyLimit,
  multipartEnvelopeBytes,
  readAvatarUpload,
} from "./services/avatars/read-avatar-upload";
export type { AvatarStorage } from "./services/avatars/storage/avatar-storage";
export { avatarUploadFields, uploadedAvatar } from "./schemas/profile";
export { defaultAvatarStorage } from "./services/avatars/storage/default-avatar-storage";
export { createLocalAvatarStorage } from "./services/avatars/storage/local-avatar-storage";
export {
  startImport,
  type ImportUpload,
  type StartImportInput,
} from "./services/imports/start-import";
export {
  importUploadBodyLimit,
  startImportFromRequest,
} from "./services/imports/start-import-from-request";
export {
  importReport,
  importReportHeaders,
  type ImportReport,
} from "./services/imports/import-report";
export { openStoredImportFile } from "./services/imports/open-stored-import-file";
export { importIdInput, importRunDetails, importRunRecord } from "./schemas/imports";
