"use client";

import { TextField } from "@ums/ui";
import { useEffect, useRef, useState } from "react";

import { useUrlState } from "../../lib/use-url-state";

/** How long typing must pause before the search runs. */
const debounceMs = 300;

export interface UrlSearchFieldProps {
  label: string;
  /** the query parameter that holds the search (default `search`) */
  param?: string;
  description?: string;
  className?: string;
}

/**
 * Search as you type, kept in the URL: the list follows once typing pauses (300 ms). While typing,
 * the URL is replaced rather than pushed, so the back button returns to the view before the
 * search, not to every prefix typed. Escape clears it.
 */
export function UrlSearchField({
  label,
  param = "search",
  description,
  className,
}: UrlSearchFieldProps) {
  const { searchParams, navigate, pending } = useUrlState();
  const inUrl = searchParams.get(param) ?? "";
  const [text, setText] = useState(inUrl);
  const typedSinceUrl = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Back, forward or a link changed the URL: show its search, unless the person is typing.
  useEffect(() => {
    if (!typedSinceUrl.current) setText(inUrl);
  }, [inUrl]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );

  function searchFor(value: string) {
    typedSinceUrl.current = true;
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      typedSinceUrl.current = false;
      // The first keystroke of a new search makes a history entry; the rest refine it.
      navigate({ [param]: value.trim() }, { history: inUrl === "" ? "push" : "replace" });
    }, debounceMs);
  }

  return (
    <div className={className} aria-busy={pending}>
      <TextField
        label={label}
        type="search"
        value={text}
        description={description}
        onChange={(event) => {
          searchFor(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape" && text !== "") searchFor("");
        }}
      />
    </div>
  );
}
