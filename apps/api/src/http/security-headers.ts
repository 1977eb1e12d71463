import { secureHeaders } from "hono/secure-headers";

/**
 * Helmet-like headers on every response. The API serves JSON only, so its content security
 * policy forbids everything; HSTS only in production (where it is served over HTTPS).
 */
export function securityHeaders({ production }: { production: boolean }) {
  return secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: "same-site",
    crossOriginOpenerPolicy: "same-origin",
    referrerPolicy: "no-referrer",
    xContentTypeOptions: "nosniff",
    xFrameOptions: "DENY",
    strictTransportSecurity: production ? "max-age=31536000; includeSubDomains" : false,
    removePoweredBy: true,
  });
}
