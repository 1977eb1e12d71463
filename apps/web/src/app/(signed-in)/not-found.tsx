import Link from "next/link";

/**
 * A signed-in page about something that does not exist, or that the viewer may not see: both get
 * this same page, so it never tells which.
 */
export default function SignedInNotFound() {
  return (
    <div className="grid max-w-prose gap-3">
      <h1 className="text-3xl leading-tight font-semibold text-fg">Not found</h1>
      <p className="text-fg-muted">
        There is nothing here, or it is not visible to you. Check the address, or go back to{" "}
        <Link href="/">your home page</Link>.
      </p>
    </div>
  );
}
