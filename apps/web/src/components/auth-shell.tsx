import Link from "next/link";
import type { ReactNode } from "react";

interface AuthShellProps {
  /** The page's heading (its only h1). */
  title: string;
  /** A line under the heading. */
  lead?: ReactNode;
  children: ReactNode;
  /** Links under the card ("Back to sign in"). */
  footer?: ReactNode;
}

/** The frame of the pages people see before signing in: the product's name and one card. */
export function AuthShell({ title, lead, children, footer }: AuthShellProps) {
  return (
    <div className="flex min-h-dvh flex-col items-center bg-canvas px-4 py-10 sm:py-16">
      <p className="mb-8 text-lg font-semibold tracking-tight text-fg">
        <Link href="/" className="text-fg no-underline hover:underline">
          Learning Platform
        </Link>
      </p>
      <main className="w-full max-w-md">
        <div className="rounded-ums border-ums border-line bg-surface p-6 shadow-sm sm:p-8">
          <h1 className="text-2xl leading-tight font-semibold text-fg">{title}</h1>
          {lead ? <div className="mt-2 text-fg-muted">{lead}</div> : null}
          <div className="mt-6">{children}</div>
        </div>
        {footer ? <div className="mt-6 text-center text-sm text-fg-muted">{footer}</div> : null}
      </main>
    </div>
  );
}
