import { createRequire } from "node:module";

import {
  avatarUploadBodyLimit,
  defaultAvatarStorage,
  importUploadBodyLimit,
  type AvatarStorage,
} from "@ums/api";
import type { Db } from "@ums/db";
import { settings as loadSettings, type Settings } from "@ums/db/settings";
import { Hono } from "hono";
import type { Logger } from "pino";

import { accessLog } from "./http/access-log";
import { bodyLimit } from "./http/body-limit";
import { closeAfterRefusedUpload } from "./http/close-after-refused-upload";
import { requireContentType } from "./http/content-type";
import { corsFor } from "./http/cors";
import type { AppEnv } from "./http/env";
import { errorHandler, handleNotFound } from "./http/error-handler";
import { createLogger } from "./http/logger";
import { methodNotAllowed } from "./http/method-not-allowed";
import { rateLimit } from "./http/rate-limit";
import { MemoryRateLimitStore, type RateLimitStore } from "./http/rate-limit-store";
import { requestId } from "./http/request-id";
import { securityHeaders } from "./http/security-headers";
import { healthRoutes } from "./routes/health";
import { restRoutes } from "./rest/rest-routes";
import { avatarFileRoutes, avatarFilesPath } from "./routes/avatar-files";
import { avatarUploadRoutes } from "./routes/avatar-upload";
import { importRoutes, importsPath } from "./routes/imports";
import { readyRoutes } from "./routes/ready";
import { docsPath, referenceRoutes } from "./routes/reference";
import { trpcEndpoint, trpcRoutes } from "./routes/trpc";

export interface AppDependencies {
  db: Db;
  /** default: the process's settings */
  settings?: Settings;
  /** default: JSON lines on stdout at the LOG_LEVEL setting */
  logger?: Logger;
  /** where rate-limit counts live (default: this process's memory) */
  rateLimitStore?: RateLimitStore;
  /** where avatars are stored (default: the driver the settings choose) */
  avatarStorage?: AvatarStorage;
}

const packageVersion = (createRequire(import.meta.url)("../package.json") as { version: string })
  .version;

/** Probes for load balancers and orchestrators: never rate limited. */
const probePaths = ["/health", "/ready"];

/**
 * The HTTP application, built from its dependencies rather than globals so that tests drive it
 * with `app.request()` against a database of their choice, without opening a port.
 *
 * Every request, whatever its route, goes through the HTTP layer in this order (outermost first):
 * request id → access log (sees the final status) → security headers → CORS (answers preflights)
 * → rate limits → 405 for a known path with another method → 415 for a body that is neither JSON
 * nor multipart (not under /trpc) → `Connection: close` after a refused import upload → body
 * size limits → the route. Errors thrown anywhere become the standard error body (errorHandler);
 * unknown routes are 404.
 */
export function createApp({
  db,
  settings = loadSettings(),
  logger = createLogger({ level: settings.LOG_LEVEL }),
  rateLimitStore = new MemoryRateLimitStore(),
  avatarStorage = defaultAvatarStorage(settings),
}: AppDependencies) {
  const app = new Hono<AppEnv>();

  app.use(requestId());
  app.use(accessLog(logger));
  app.use(
    securityHeaders({
      production: settings.NODE_ENV === "production",
      docsPrefix: docsPath,
      embeddablePrefix: avatarFilesPath,
    }),
  );
  const cors = corsFor(settings.CORS_ORIGINS);
  if (cors) app.use(cors);
  app.use(
    rateLimit({
      store: rateLimitStore,
      perCredential: settings.RATE_LIMIT_PER_MINUTE,
      perIp: settings.RATE_LIMIT_PER_IP_PER_MINUTE,
      exempt: probePaths,
    }),
  );
  app.use(methodNotAllowed(app));
  app.use(requireContentType({ exceptPrefixes: [trpcEndpoint] }));
  app.use(closeAfterRefusedUpload([importsPath]));
  app.use(
    bodyLimit({
      jsonBytes: settings.MAX_JSON_BODY_KB * 1024,
      multipartBytes: avatarUploadBodyLimit(settings),
      multipartBytesByPath: { [importsPath]: importUploadBodyLimit(settings) },
    }),
  );

  app.route("/", healthRoutes({ db }));
  app.route("/", readyRoutes({ db }));
  app.route("/", trpcRoutes({ db, settings, avatarStorage }));
  app.route("/", referenceRoutes({ version: packageVersion }));
  app.route("/", avatarUploadRoutes({ db, settings, avatarStorage }));
  app.route("/", avatarFileRoutes({ avatarStorage }));
  app.route("/", importRoutes({ db, settings }));
  app.route("/", restRoutes({ db, settings, avatarStorage }));

  app.notFound(handleNotFound);
  // Anything unexpected is a bug: logged in full, answered with a generic 500.
  app.onError(errorHandler(logger));

  return app;
}

export type App = ReturnType<typeof createApp>;
