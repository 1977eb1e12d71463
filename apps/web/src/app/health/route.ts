import { checkHealth } from "@ums/api";

import { database } from "../../server/db";

// A health answer is about this moment: never prerendered, never cached.
export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/** `GET /health`: 200 when the database answers, 503 when it is down or not configured. */
export async function GET() {
  const access = database();
  if (access.db === undefined) {
    return Response.json(
      {
        status: "degraded",
        database: { status: "down" },
        error: { code: "DATABASE_NOT_CONFIGURED", message: access.problem },
      },
      { status: 503, headers: noStore },
    );
  }
  const report = await checkHealth({ db: access.db });
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: noStore });
}
