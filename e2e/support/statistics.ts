import { expect, type APIRequestContext } from "@playwright/test";

import { apiToken, apiUrl } from "./fixtures";
import { northwindAdmin } from "./people";

/** A new API key of the demo admin's organization with `stats:write`, made through the REST API. */
export async function createStatsWriteKey(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${apiUrl()}/api-keys`, {
    headers: { Authorization: `Bearer ${await apiToken(northwindAdmin)}` },
    data: { name: `e2e statistics ${Date.now()}`, scopes: ["stats:write"] },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { key } = (await response.json()) as { key: string };
  return key;
}

/** Reports learning events with `key` (`POST /learning-events`); expects all of them recorded. */
export async function postLearningEvents(
  request: APIRequestContext,
  key: string,
  events: Record<string, unknown>[],
): Promise<void> {
  const response = await request.post(`${apiUrl()}/learning-events`, {
    headers: { Authorization: `Bearer ${key}` },
    data: { events },
  });
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toMatchObject({ recorded: events.length, duplicates: 0 });
}
