import { loadRun } from "./load-run";

/**
 * Reads the run before anything is sent: the page's loading.tsx streams its fallback with a 200
 * at once, so a not-found answered from the page itself would arrive with a 200 too. Above that
 * boundary, an unknown or foreign id is a real 404.
 */
export default async function ImportRunLayout({
  children,
  params,
}: LayoutProps<"/admin/import/[importId]">) {
  await loadRun((await params).importId);
  return children;
}
