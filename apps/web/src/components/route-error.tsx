"use client";

import { ErrorState } from "@ums/ui";
import { useEffect } from "react";

interface RouteErrorProps {
  /** the page's own title, kept as its heading ("Your statistics") */
  title: string;
  /** what could not be shown ("your statistics") */
  what: string;
  error: unknown;
  /** Next's `retry`: renders the segment again from the server */
  retry: () => void;
}

/** The body of a route's error.tsx: what failed, in words, and a way to try again. */
export function RouteError({ title, what, error, retry }: RouteErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="grid gap-6">
      <h1 className="text-3xl leading-tight font-semibold text-fg">{title}</h1>
      <ErrorState
        title={`We could not load ${what}`}
        message="Something went wrong on our side. Try again in a moment; if it keeps happening, tell your administrator."
        onRetry={retry}
      />
    </div>
  );
}
