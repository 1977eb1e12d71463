"use client";

import { LoadingState } from "@ums/ui";
import dynamic from "next/dynamic";

/**
 * The charts, loaded after the page: their drawing library is most of the page's JavaScript, the
 * figures above them need none, and the charts measure their width in the browser anyway.
 */
export const LazyOverviewCharts = dynamic(
  () => import("./overview-charts").then((module) => module.OverviewCharts),
  { ssr: false, loading: () => <LoadingState label="Loading the charts…" className="min-h-64" /> },
);
