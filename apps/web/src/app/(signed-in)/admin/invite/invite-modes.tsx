"use client";

import { Tabs } from "@ums/ui";
import type { ReactNode } from "react";

import { useUrlState } from "../../../../lib/use-url-state";

export interface InviteModesProps {
  one: ReactNode;
  bulk: ReactNode;
}

/** One person or a CSV file, as tabs; the choice is kept in the URL (`?mode=csv`) to link to. */
export function InviteModes({ one, bulk }: InviteModesProps) {
  const { searchParams, hrefWith } = useUrlState();
  const mode = searchParams.get("mode") === "csv" ? "csv" : "one";
  return (
    <Tabs
      label="How to invite"
      value={mode}
      onValueChange={(value) => {
        // Only the address changes (Next keeps useSearchParams in step): nothing to fetch.
        window.history.replaceState(null, "", hrefWith({ mode: value === "csv" ? "csv" : null }));
      }}
      items={[
        { value: "one", label: "One person", content: one },
        { value: "csv", label: "Many from a CSV file", content: bulk },
      ]}
    />
  );
}
