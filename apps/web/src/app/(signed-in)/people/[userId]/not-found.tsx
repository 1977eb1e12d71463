import Link from "next/link";

/**
 * A profile that does not exist, or that its owner does not share with the viewer: the same page
 * for both, so nobody learns whether a hidden profile exists.
 */
export default function PersonNotFound() {
  return (
    <div className="mx-auto grid w-full max-w-2xl gap-4">
      <h1 className="text-3xl leading-tight font-semibold text-fg">Profile not found</h1>
      <p className="text-fg-muted">
        There is no profile here, or its owner does not share it with you.
      </p>
      <Link href="/" className="justify-self-start">
        Back to the home page
      </Link>
    </div>
  );
}
