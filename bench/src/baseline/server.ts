import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import pg from "pg";

import { verifiedSubject } from "./jwt";
import { encodeCursor, listQuery } from "./list-params";
import {
  adminScopeSql,
  apiKeySql,
  type ListQuery,
  listUsersStatement,
  ownProfileSql,
  recordEventsSql,
  updateProfileSql,
  userDetailsSql,
} from "./queries";
import { isReadInSteps, searchedRows } from "./searched-list";

/**
 * The baseline: the bench's requests answered by hand-written SQL through `pg` named prepared
 * statements, PostgreSQL building the JSON. What it leaves out compared with the API: input
 * validation beyond what the SQL needs, ETags and If-Match, rate limits, security headers, access
 * logs, the user lookup behind authentication (the admin's role and organization are checked
 * inside each query instead), and for events the full statistics and goals recomputation.
 */
export async function startBaseline(options: {
  databaseUrl: string;
  jwtSecret: string;
  port?: number;
}): Promise<{ url: string; server: Server; pool: pg.Pool }> {
  // As many connections as the API's Prisma pool (packages/db/src/client.ts).
  // Custom plans for every execution (what Prisma's unnamed statements get): a generic plan of a
  // prepared list query does not know the organization or the search term and can pick a scan.
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 10,
    options: "-c plan_cache_mode=force_custom_plan",
  });
  const query = (name: string, text: string, values: unknown[]) =>
    pool.query<Record<string, string>>({ name, text, values });

  const listRows = async (organizationId: string, list: ListQuery) => {
    const search = list.search;
    if (search !== undefined && isReadInSteps(list)) {
      return searchedRows(
        async (name, text, values) => (await query(name, text, values)).rows,
        organizationId,
        { ...list, search },
      );
    }
    const statement = listUsersStatement(list);
    return (await query(statement.name, statement.text, [organizationId, ...statement.values]))
      .rows;
  };

  const subject = (request: IncomingMessage) =>
    verifiedSubject(request.headers.authorization, options.jwtSecret);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    // Each branch returns send(...)'s true: the request is answered.
    const url = new URL(request.url ?? "/", "http://baseline");
    const send = (status: number, json: string): boolean => {
      response.writeHead(status, { "content-type": "application/json" }).end(json);
      return true;
    };
    const notFound = () => send(404, '{"error":{"code":"NOT_FOUND","message":"Not found"}}');

    if (url.pathname === "/learning-events" && request.method === "POST") {
      const key = request.headers.authorization?.replace(/^Bearer /, "") ?? "";
      const hash = createHash("sha256").update(key).digest("hex");
      const body = JSON.parse(await readBody(request)) as {
        events: { event_id: string; user_id: string; occurred_at: string; minutes: number }[];
      };
      const keyRow = (await query("api-key", apiKeySql, [hash])).rows[0];
      if (keyRow === undefined) return send(401, '{"error":{"code":"UNAUTHENTICATED"}}');
      const { events } = body;
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        // Same lock order as the API, so concurrent batches for the same users queue.
        await client.query({
          name: "lock-stats",
          text: `SELECT 1 FROM learning_stats WHERE user_id = ANY ($1::uuid[]) ORDER BY user_id FOR UPDATE`,
          values: [[...new Set(events.map((event) => event.user_id))]],
        });
        const inserted = await client.query<{ event_id: string }>({
          name: "record-events",
          text: recordEventsSql,
          values: [
            `api-key:${keyRow.id}`,
            keyRow.organization_id,
            events.map((event) => event.event_id),
            events.map((event) => event.user_id),
            events.map((event) => event.occurred_at),
            events.map((event) => event.minutes),
          ],
        });
        await client.query("COMMIT");
        const recorded = new Set(inserted.rows.map((row) => row.event_id));
        return send(
          200,
          JSON.stringify({
            recorded: recorded.size,
            duplicates: events.length - recorded.size,
            events: events.map(({ event_id }) => ({
              event_id,
              status: recorded.has(event_id) ? "recorded" : "duplicate",
            })),
          }),
        );
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    }

    const actor = subject(request);
    if (actor === undefined) return send(401, '{"error":{"code":"UNAUTHENTICATED"}}');

    if (url.pathname === "/users/profile") {
      if (request.method === "PUT") {
        const body = JSON.parse(await readBody(request)) as {
          profile?: { bio?: string };
          learning_preferences?: { daily_study_goal?: number };
        };
        await query("update-profile", updateProfileSql, [
          actor,
          body.profile?.bio ?? null,
          body.learning_preferences?.daily_study_goal ?? null,
        ]);
      }
      const row = (await query("own-profile", ownProfileSql, [actor])).rows[0];
      return row === undefined ? notFound() : send(200, row.json ?? "null");
    }
    if (url.pathname === "/users" && request.method === "GET") {
      const list = listQuery(url.searchParams);
      if (list === undefined) return send(400, '{"error":{"code":"VALIDATION_FAILED"}}');
      const scope = (await query("admin-scope", adminScopeSql, [actor])).rows[0];
      if (scope === undefined) return notFound();
      const rows = await listRows(scope.organization_id ?? "", list);
      const page = rows.slice(0, list.limit);
      const last = page.at(-1);
      const next =
        rows.length > list.limit && last !== undefined
          ? encodeCursor({
              sort: list.sort,
              order: list.order,
              value: last.sort_value ?? null,
              id: last.id ?? "",
            })
          : null;
      return send(
        200,
        `{"items":[${page.map((row) => row.json).join(",")}],"next_cursor":${JSON.stringify(next)}}`,
      );
    }
    const match = /^\/users\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (match !== null && request.method === "GET") {
      const row = (await query("user-details", userDetailsSql, [actor, match[1]])).rows[0];
      return row === undefined ? notFound() : send(200, row.json ?? "null");
    }
    return notFound();
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error("baseline:", error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, pool };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
