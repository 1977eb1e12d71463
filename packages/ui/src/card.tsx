import { useId, type ComponentPropsWithoutRef, type ReactNode } from "react";

import { classNames } from "./class-names";

export interface CardProps extends Omit<ComponentPropsWithoutRef<"section">, "title"> {
  /** The card's heading. It also names the section, so screen readers list the card as a region. */
  title: ReactNode;
  /** The heading's level, to fit the card into the page's outline (default 2). */
  headingLevel?: 2 | 3 | 4;
}

/** A titled panel of related content: a `<section>` labelled by its own heading. */
export function Card({ title, headingLevel = 2, className, children, ...rest }: CardProps) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      {...rest}
      aria-labelledby={headingId}
      className={classNames("rounded-ums border-ums border-line bg-surface p-6 text-fg", className)}
    >
      <Heading id={headingId} className="mb-4 text-lg leading-snug font-semibold">
        {title}
      </Heading>
      {children}
    </section>
  );
}
