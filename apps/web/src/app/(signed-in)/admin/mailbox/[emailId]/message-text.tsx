import { linkify } from "../linkify";

/** The plain-text body, as written, with its web addresses as links. */
export function MessageText({ text }: { text: string }) {
  return (
    <section aria-labelledby="message-text" className="grid gap-2">
      <h2 id="message-text" className="text-xl font-semibold text-fg">
        Text
      </h2>
      <div className="rounded-ums border-ums border-line bg-surface p-4 font-mono text-sm break-words whitespace-pre-wrap text-fg">
        {linkify(text).map((piece, index) =>
          "url" in piece ? (
            <a
              key={index}
              href={piece.url}
              className="text-primary underline underline-offset-4"
              rel="noreferrer"
            >
              {piece.url}
            </a>
          ) : (
            <span key={index}>{piece.text}</span>
          ),
        )}
      </div>
    </section>
  );
}
