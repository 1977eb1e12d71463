"use client";

import * as Popover from "@radix-ui/react-popover";
import { Command } from "cmdk";
import { useState, type KeyboardEvent } from "react";

import { classNames } from "./class-names";
import { controlClass, FieldDescription, FieldError, labelClass, useFieldIds } from "./field";
import { CheckIcon, ChevronUpDownIcon, SearchIcon } from "./icons";
import type { SelectOption } from "./select";

export interface ComboboxProps {
  /** The visible label; it names the button that opens the list. */
  label: string;
  /** The chosen option's value ("" or null when none). */
  value: string | null;
  onValueChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Shown while nothing is chosen. */
  placeholder?: string;
  /** The field's error; sets `aria-invalid` and is read through `aria-describedby`. */
  error?: string;
  description?: string;
  /** Placeholder of the search box (default "Search…"). */
  searchPlaceholder?: string;
  /** Shown when the search matches nothing (default "No results"). */
  emptyText?: string;
  /** Submits the value with a surrounding form under this name (a hidden input). */
  name?: string;
  /**
   * For options searched elsewhere (on a server): called with the search box's text as it is
   * typed; `options` are then shown as given, not filtered here.
   */
  onSearchChange?: (search: string) => void;
  /** The options are being fetched: says so in the list (with `onSearchChange`). */
  searching?: boolean;
  disabled?: boolean;
  id?: string;
  /** Classes of the wrapper. */
  className?: string;
}

/**
 * A labelled choice from a long list, searchable by typing (time zones, languages): a button
 * showing the current choice opens a popover with a search box and the filtered options (cmdk in a
 * Radix Popover). Arrow keys move, Enter chooses, Escape closes and returns focus to the button;
 * ArrowDown on the button opens the list. Options are matched on their label and their value.
 */
export function Combobox({
  label,
  value,
  onValueChange,
  options,
  placeholder = "Choose…",
  error,
  description,
  searchPlaceholder = "Search…",
  emptyText = "No results",
  name,
  onSearchChange,
  searching = false,
  disabled,
  id,
  className,
}: ComboboxProps) {
  const [open, setOpen] = useState(false);
  const ids = useFieldIds(id, { description, error });
  const selected = options.find((option) => option.value === value);

  function openOnArrow(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
    }
  }

  return (
    <div className={classNames("grid gap-1.5", className)}>
      <label id={ids.labelId} htmlFor={ids.controlId} className={labelClass}>
        {label}
      </label>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild>
          <button
            type="button"
            id={ids.controlId}
            role="combobox"
            aria-haspopup="listbox"
            aria-expanded={open}
            aria-invalid={ids.errorId !== undefined || undefined}
            aria-describedby={ids.describedBy}
            disabled={disabled}
            onKeyDown={openOnArrow}
            className={classNames(
              controlClass,
              "flex items-center justify-between gap-2 text-start",
              selected ? undefined : "text-fg-muted",
            )}
          >
            <span className="truncate">{selected?.label ?? placeholder}</span>
            <ChevronUpDownIcon />
          </button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            align="start"
            sideOffset={4}
            className={classNames(
              "z-50 w-[var(--radix-popover-trigger-width)] min-w-64 rounded-ums border-ums border-line-strong",
              "bg-surface text-fg shadow-lg data-[state=open]:animate-ums-fade-in",
            )}
          >
            {/* cmdk names its search box with this label (it wins over the input's aria-label). */}
            <Command
              label={`Search ${label}`}
              defaultValue={selected?.value}
              shouldFilter={onSearchChange === undefined}
              loop
            >
              <div className="flex items-center gap-2 border-b border-line px-3">
                <SearchIcon className="text-fg-muted" />
                <Command.Input
                  placeholder={searchPlaceholder}
                  onValueChange={onSearchChange}
                  className="min-h-11 w-full bg-transparent py-2 text-base text-fg outline-none placeholder:text-fg-muted"
                />
              </div>
              <Command.List className="max-h-72 overflow-y-auto p-1">
                {searching ? (
                  <Command.Loading>
                    <p className="px-3 py-2 text-sm text-fg-muted">Searching…</p>
                  </Command.Loading>
                ) : (
                  <Command.Empty className="px-3 py-6 text-center text-sm text-fg-muted">
                    {emptyText}
                  </Command.Empty>
                )}
                {options.map((option) => (
                  <Command.Item
                    key={option.value}
                    value={option.value}
                    keywords={[option.label]}
                    disabled={option.disabled}
                    onSelect={() => {
                      onValueChange(option.value);
                      setOpen(false);
                    }}
                    className={classNames(
                      "flex min-h-10 cursor-pointer items-center gap-2 rounded-ums px-3 py-2 text-base select-none",
                      "data-[selected=true]:bg-primary data-[selected=true]:text-on-primary",
                      "data-[disabled=true]:cursor-not-allowed data-[disabled=true]:text-fg-muted",
                    )}
                  >
                    <CheckIcon
                      className={option.value === selected?.value ? "opacity-100" : "opacity-0"}
                    />
                    <span>{option.label}</span>
                  </Command.Item>
                ))}
              </Command.List>
            </Command>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      {name !== undefined ? <input type="hidden" name={name} value={value ?? ""} /> : null}
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
