/**
 * The `Link: <…>; rel="next"` header of a cursor-paginated list (RFC 8288): the request's own path
 * and query with `cursor` set to the next page's. Relative, so it stays right behind any proxy.
 */
export function nextPageLink(requestUrl: string, nextCursor: string): string {
  const url = new URL(requestUrl);
  url.searchParams.set("cursor", nextCursor);
  return `<${url.pathname}${url.search}>; rel="next"`;
}
