import type { Metadata } from "next";
import Link from "next/link";

import { absoluteTime } from "../../../../../lib/moments";
import { adminScope } from "../../../../../server/admin-scope";
import { ImportRunView } from "../import-run-view";
import { loadRun } from "./load-run";

export const metadata: Metadata = { title: "Import" };

/**
 * `/admin/import/<id>`: one earlier run, as it goes or as it ended: progress, counts, the first
 * rejected rows, Cancel while it runs, and its report. Unknown ids, malformed ones and runs of
 * another organization all get the same not-found page (from the layout).
 */
export default async function ImportRunPage({ params }: PageProps<"/admin/import/[importId]">) {
  const [{ user }, { importId }] = await Promise.all([adminScope(), params]);
  const run = await loadRun(importId);
  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <p>
          <Link href="/admin/import" className="text-sm text-primary underline underline-offset-4">
            All imports
          </Link>
        </p>
        <h1 className="text-3xl leading-tight font-semibold text-fg">
          {run.dry_run ? "Dry run" : "Import"} of {absoluteTime(run.created_at, user.timeZone)}
        </h1>
      </header>
      <ImportRunView initial={run} />
    </div>
  );
}
