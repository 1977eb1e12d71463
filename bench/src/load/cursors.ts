/**
 * The cursors of the default list (created_at desc, 20 a page) at the start of `pages`, walked
 * page by page on `baseUrl`. Both servers write the same cursor (sort, order, last value, last id).
 */
export async function fetchCursors(
  baseUrl: string,
  token: string,
  pages: number[],
): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  const last = Math.max(...pages);
  let cursor: string | null = null;
  for (let page = 2; page <= last; page += 1) {
    const query: string = cursor === null ? "" : `&cursor=${cursor}`;
    const response = await fetch(`${baseUrl}/users?limit=20${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`GET /users answered ${response.status} while paging`);
    const body = (await response.json()) as { next_cursor: string | null };
    if (body.next_cursor === null) break;
    cursor = body.next_cursor;
    if (pages.includes(page)) found.set(page, cursor);
  }
  return found;
}
