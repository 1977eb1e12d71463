"use client";

import * as RadixTabs from "@radix-ui/react-tabs";
import type { ReactNode } from "react";

import { classNames } from "./class-names";

export interface TabItem {
  value: string;
  /** The tab's name. */
  label: ReactNode;
  /** The panel shown while the tab is selected. */
  content: ReactNode;
  disabled?: boolean;
}

export interface TabsProps {
  /** Names the tab list for screen readers ("Profile sections"). */
  label: string;
  items: readonly TabItem[];
  value?: string;
  /** Default: the first item. */
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  className?: string;
}

/**
 * Tabs (Radix Tabs): arrow keys move between tabs, Tab moves into the panel. For switching between
 * pages use links in a `<nav>` instead.
 */
export function Tabs({ label, items, value, defaultValue, onValueChange, className }: TabsProps) {
  return (
    <RadixTabs.Root
      value={value}
      defaultValue={defaultValue ?? items[0]?.value}
      onValueChange={onValueChange}
      className={classNames("grid gap-4", className)}
    >
      <RadixTabs.List
        aria-label={label}
        className="flex flex-wrap gap-1 border-b-[length:var(--ums-border-width)] border-line"
      >
        {items.map((item) => (
          <RadixTabs.Trigger
            key={item.value}
            value={item.value}
            disabled={item.disabled}
            className={classNames(
              "-mb-px min-h-11 border-b-[3px] border-transparent px-4 py-2 font-semibold text-fg-muted",
              "hover:text-fg data-[state=active]:border-primary data-[state=active]:text-fg",
              "disabled:cursor-not-allowed disabled:opacity-60",
            )}
          >
            {item.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {items.map((item) => (
        <RadixTabs.Content key={item.value} value={item.value}>
          {item.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
