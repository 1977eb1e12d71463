/** Where a request came from, recorded with every activity it causes. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export const noRequestMeta: RequestMeta = { ip: null, userAgent: null };

/** A coarse device class from a User-Agent header: enough for an audit trail, not a fingerprint. */
export function deviceType(userAgent: string | null): string | null {
  if (userAgent === null || userAgent === "") return null;
  const ua = userAgent.toLowerCase();
  if (
    /bot|crawler|spider|curl|wget|httpie|python-requests|node-fetch|undici|axios|go-http-client|okhttp/.test(
      ua,
    )
  ) {
    return "api";
  }
  if (/ipad|tablet|playbook|silk|(android(?!.*mobile))/.test(ua)) return "tablet";
  if (/mobi|iphone|ipod|android|blackberry|iemobile|opera mini/.test(ua)) return "mobile";
  return "desktop";
}
