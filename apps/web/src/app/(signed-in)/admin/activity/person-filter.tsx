"use client";

import { Combobox, type SelectOption } from "@ums/ui";
import { useEffect, useState } from "react";

import { trpc } from "../../../../trpc/react";

/** A Radix/cmdk option's value cannot be "": this one stands for "anyone". */
export const anyone = "ANYONE";

/** How long typing must pause before the people are searched. */
const debounceMs = 250;
/** People listed per search: enough to find someone by a few letters. */
const resultSize = 10;

interface PersonFilterProps {
  label: string;
  description?: string;
  /** the chosen person's id, or null for anyone */
  value: string | null;
  /** the chosen person as the page names them (read by the server) */
  valueLabel: string | null;
  /** what "no one chosen" reads as ("Anyone") */
  anyoneLabel: string;
  onChange: (id: string | null) => void;
  /** aims the search at the organization being viewed (a platform administrator's) */
  organizationInput: { organization_id?: string };
}

/**
 * Chooses a person of the organization by name or e-mail: what is typed searches the users list
 * (the API's search, after a pause), so it works at any size of organization. The chosen person
 * stays among the options, and "anyone" clears the choice.
 */
export function PersonFilter({
  label,
  description,
  value,
  valueLabel,
  anyoneLabel,
  onChange,
  organizationInput,
}: PersonFilterProps) {
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(typed.trim());
    }, debounceMs);
    return () => {
      clearTimeout(timer);
    };
  }, [typed]);

  const found = trpc.users.list.useQuery(
    { search, limit: resultSize, sort: "last_name", order: "asc", ...organizationInput },
    { enabled: search !== "", placeholderData: (previous) => previous },
  );

  const options: SelectOption[] = [{ value: anyone, label: anyoneLabel }];
  if (value !== null) options.push({ value, label: valueLabel ?? "The chosen person" });
  for (const person of search === "" ? [] : (found.data?.items ?? [])) {
    if (person.id === value) continue;
    options.push({
      value: person.id,
      label: `${person.first_name} ${person.last_name} (${person.email})`,
    });
  }

  return (
    <Combobox
      label={label}
      description={description}
      value={value ?? anyone}
      options={options}
      searchPlaceholder="Name or e-mail…"
      emptyText="No one of that name or e-mail"
      searching={typed.trim() !== search || (search !== "" && found.isFetching)}
      onSearchChange={setTyped}
      onValueChange={(chosen) => {
        // The list closes; it opens next time with an empty search box, so without old results.
        setTyped("");
        setSearch("");
        onChange(chosen === anyone ? null : chosen);
      }}
    />
  );
}
