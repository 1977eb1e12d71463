export {
  actorUserId,
  canManageSuperAdmins,
  organizationScope,
  type Actor,
  type ApiKeyActor,
  type UserActor,
} from "./actor";
export { apiKeyMarker, generateApiKey, hashApiKey, looksLikeApiKey } from "./api-key-secret";
export { authenticateApiKey } from "./authenticate-api-key";
export { authenticateBearer } from "./authenticate-bearer";
export { verifyPlatformJwt, type JwtSettings } from "./jwt";
export { loadUserActor } from "./load-user-actor";
export { deviceType, noRequestMeta, type RequestMeta } from "./request-meta";
