import type { ApiKeyScope } from "../schemas/api-keys";

/**
 * Who may call a procedure. The procedure builders set it (see trpc.ts), so the REST document's
 * security requirements and error responses come from the same place as the checks themselves.
 */
export type ProcedureAccess =
  | { kind: "public" }
  | { kind: "user" }
  | { kind: "orgAdmin" }
  | { kind: "superAdmin" }
  | { kind: "apiKey"; scope: ApiKeyScope }
  | { kind: "admin"; scope: ApiKeyScope }
  | { kind: "member"; scope: ApiKeyScope };

export type RestMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Where a procedure is served over REST (apps/api registers one route per procedure that has it).
 * Path parameters (`{user_id}`) are input fields of the same name; the other input fields come
 * from the query string for GET and DELETE, and from the JSON body otherwise.
 */
export interface RestRoute {
  method: RestMethod;
  /** OpenAPI-style path template, e.g. `/users/{user_id}/skills` */
  path: `/${string}`;
  /** one line for the reference; starts with a verb, no final full stop */
  summary: string;
  description?: string;
  /** the reference's section(s) */
  tags: [string, ...string[]];
  /** default 200 (201 for a create) */
  successStatus?: 200 | 201;
  /** the response carries an ETag and a PUT to the same resource honours If-Match */
  etag?: boolean;
  /** a cursor-paginated list (`next_cursor` in the body): the response also has `Link: rel="next"` */
  paginated?: boolean;
  /**
   * For bulk writes: at most this many requests of the route are served at once by one server
   * process; the others wait their turn before their body is read, so memory and database
   * connections stay bounded at any number of concurrent callers.
   */
  maxConcurrent?: number;
}

/** The meta every procedure may carry. */
export interface ProcedureMeta {
  access?: ProcedureAccess;
  rest?: RestRoute;
}
