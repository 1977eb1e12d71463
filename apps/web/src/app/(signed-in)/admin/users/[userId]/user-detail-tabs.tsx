"use client";

import { Tabs, type TabItem } from "@ums/ui";
import { useState } from "react";

import { useUrlState } from "../../../../../lib/use-url-state";

interface UserDetailTabsProps {
  items: readonly TabItem[];
  /** the tab the URL names (`?tab=`), already checked against `items` */
  initial: string;
}

/**
 * The user page's tabs. The selected one is kept in the URL (`?tab=`, none for the first) with
 * the History API, so a link or a reload opens it, without asking the server for the page again:
 * every tab's content came with it.
 */
export function UserDetailTabs({ items, initial }: UserDetailTabsProps) {
  const { hrefWith } = useUrlState();
  const [value, setValue] = useState(initial);
  return (
    <Tabs
      label="About this user"
      items={items}
      value={value}
      onValueChange={(next) => {
        setValue(next);
        window.history.replaceState(
          null,
          "",
          hrefWith({ tab: next === items[0]?.value ? null : next }),
        );
      }}
    />
  );
}
