"use client";

import { Badge, Button, type BadgeTone } from "@ums/ui";
import { useEffect, useRef } from "react";

import { sentence } from "../../../../../lib/form-errors";
import { actionDone, type BulkOutcome } from "./bulk-actions";

const outcomeWords = { changed: "Changed", unchanged: "Already so", refused: "Refused" } as const;
const outcomeTones: Record<keyof typeof outcomeWords, BadgeTone> = {
  changed: "success",
  unchanged: "neutral",
  refused: "danger",
};

/**
 * How each user of a bulk request came out: changed, already so, or refused with the reason the
 * API gave. Focus moves to its heading when it appears, so keyboard and screen-reader users land
 * on the answer.
 */
export function BulkResults({
  outcome,
  onDismiss,
}: {
  outcome: BulkOutcome;
  onDismiss: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [outcome]);
  const { answer, names } = outcome;
  return (
    <section
      aria-labelledby="bulk-results-heading"
      className="grid gap-3 rounded-ums border-ums border-line bg-surface p-4"
      data-testid="bulk-results"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h2
            id="bulk-results-heading"
            ref={heading}
            tabIndex={-1}
            className="text-lg font-semibold text-fg"
          >
            {actionDone(outcome.action, outcome.role)}: {answer.changed} changed, {answer.unchanged}{" "}
            already so, {answer.refused} refused
          </h2>
          <p className="text-sm text-fg-muted">
            Each user was changed on their own: a refusal did not stop the others.
          </p>
        </div>
        <Button type="button" variant="secondary" size="sm" onClick={onDismiss}>
          Dismiss results
        </Button>
      </div>
      <ul className="grid gap-2">
        {answer.results.map((result) => (
          <li
            key={result.user_id}
            className="flex flex-wrap items-baseline gap-x-3 gap-y-1"
            data-testid="bulk-result"
          >
            <span className="font-medium text-fg">{names[result.user_id] ?? result.user_id}</span>
            <Badge tone={outcomeTones[result.outcome]}>{outcomeWords[result.outcome]}</Badge>
            {result.error ? (
              <span className="text-sm text-fg-muted">{sentence(result.error.message)}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
