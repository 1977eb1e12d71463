import { withLinksInNewTabs } from "../links-in-new-tabs";

/**
 * The HTML body as the recipient's mail program would show it, in a sandboxed frame: no scripts,
 * no forms, no access to this page or its cookies (an opaque origin). Only new tabs may open, so
 * its links can be followed.
 */
export function MessageHtml({ html, subject }: { html: string; subject: string }) {
  return (
    <section aria-labelledby="message-html" className="grid gap-2">
      <h2 id="message-html" className="text-xl font-semibold text-fg">
        As HTML
      </h2>
      <iframe
        title={`The message “${subject}” as HTML`}
        sandbox="allow-popups allow-popups-to-escape-sandbox"
        srcDoc={withLinksInNewTabs(html)}
        referrerPolicy="no-referrer"
        className="h-[36rem] w-full rounded-ums border-ums border-line bg-white"
      />
    </section>
  );
}
