import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";

import type { AppEnv } from "./env";

export interface SecurityHeadersOptions {
  production: boolean;
  /** where the interactive reference (an HTML page with its own scripts and styles) is served */
  docsPrefix?: string;
}

/**
 * Helmet-like headers on every response. The API serves JSON, so its content security policy
 * forbids everything; the reference page under `docsPrefix` may load its own scripts, styles and
 * images from this server (still nothing from anywhere else). HSTS only in production (HTTPS).
 */
export function securityHeaders({ production, docsPrefix }: SecurityHeadersOptions) {
  const common = {
    crossOriginResourcePolicy: "same-site",
    crossOriginOpenerPolicy: "same-origin",
    referrerPolicy: "no-referrer",
    xContentTypeOptions: "nosniff",
    xFrameOptions: "DENY",
    strictTransportSecurity: production ? "max-age=31536000; includeSubDomains" : false,
    removePoweredBy: true,
  } as const;
  const api = secureHeaders({
    ...common,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  });
  const docs = secureHeaders({
    ...common,
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      // Swagger UI sets inline styles on its elements.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'none'"],
    },
  });
  const isDocs = (path: string) =>
    docsPrefix !== undefined && (path === docsPrefix || path.startsWith(`${docsPrefix}/`));
  return createMiddleware<AppEnv>((c, next) => (isDocs(c.req.path) ? docs(c, next) : api(c, next)));
}
