import type { BenchRequest, Scenario } from "./scenarios";

/**
 * Where two JSON values differ, as paths (`items.0.profile.avatar_url: 1 ≠ 2`), at most `limit`.
 * The baseline must answer what the API answers, or its figures compare different work.
 */
export function differences(a: unknown, b: unknown, path = "", limit = 5): string[] {
  const found: string[] = [];
  const walk = (x: unknown, y: unknown, at: string) => {
    if (found.length >= limit) return;
    if (typeof x === "object" && x !== null && typeof y === "object" && y !== null) {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const key of keys) {
        walk(
          (x as Record<string, unknown>)[key],
          (y as Record<string, unknown>)[key],
          at === "" ? key : `${at}.${key}`,
        );
      }
    } else if (x !== y) {
      found.push(`${at || "(root)"}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
    }
  };
  walk(a, b, path);
  return found;
}

/** One GET request's status and JSON body. */
async function get(
  base: string,
  request: BenchRequest,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${base}${request.path}`, {
    headers: { authorization: `Bearer ${request.token}` },
  });
  // An empty body (a crash's 500) is a difference to report, not a reason to stop.
  const text = await response.text();
  return { status: response.status, body: text === "" ? "(empty body)" : JSON.parse(text) };
}

/**
 * The first few GET requests of each reading scenario (each of the search terms, say), sent to
 * both servers; their differences.
 */
export async function compareAnswers(
  apiUrl: string,
  baselineUrl: string,
  scenarios: Scenario[],
  requestsPerScenario = 6,
): Promise<string[]> {
  const report: string[] = [];
  for (const scenario of scenarios) {
    const paths = new Set<string>();
    for (let i = 0; i < requestsPerScenario; i++) {
      const request = scenario.request(i, "compare");
      if (request.method !== "GET" || paths.has(request.path)) continue;
      paths.add(request.path);
      const [api, baseline] = [await get(apiUrl, request), await get(baselineUrl, request)];
      const found =
        api.status === baseline.status
          ? differences(api.body, baseline.body)
          : [`status ${api.status} ≠ ${baseline.status}`];
      for (const line of found) report.push(`${scenario.name} ${request.path}: ${line}`);
    }
  }
  return report;
}
