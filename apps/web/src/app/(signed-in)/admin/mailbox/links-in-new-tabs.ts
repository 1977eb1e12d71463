const base = '<base target="_blank">';

/**
 * The message's HTML with its links opening in new tabs: inside a sandboxed frame a link could
 * not replace the page (the sandbox forbids it), and the frame is no place to browse anyway. The
 * `<base>` goes at the top of `<head>` (before the doctype it would switch the page to quirks
 * mode); a fragment without one gets it in front.
 */
export function withLinksInNewTabs(html: string): string {
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (head === null) return `${base}${html}`;
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}${base}${html.slice(end)}`;
}
