import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";

import type { AppEnv } from "./env";

export interface SecurityHeadersOptions {
  production: boolean;
  /** where the interactive reference (an HTML page with its own scripts and styles) is served */
  docsPrefix?: string;
  /** where files other sites may embed are served (avatars shown by the web app) */
  embeddablePrefix?: string;
}

/**
 * Helmet-like headers on every response. The API serves JSON, so its content security policy
 * forbids everything; the reference page under `docsPrefix` may load its own scripts, styles and
 * images from this server (still nothing from anywhere else); files under `embeddablePrefix` may be
 * embedded by other sites (Cross-Origin-Resource-Policy: cross-origin). HSTS only in production.
 */
export function securityHeaders({
  production,
  docsPrefix,
  embeddablePrefix,
}: SecurityHeadersOptions) {
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
  const embeddable = secureHeaders({
    ...common,
    crossOriginResourcePolicy: "cross-origin",
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  });
  const under = (prefix: string | undefined, path: string) =>
    prefix !== undefined && (path === prefix || path.startsWith(`${prefix}/`));
  return createMiddleware<AppEnv>((c, next) => {
    if (under(docsPrefix, c.req.path)) return docs(c, next);
    if (under(embeddablePrefix, c.req.path)) return embeddable(c, next);
    return api(c, next);
  });
}
