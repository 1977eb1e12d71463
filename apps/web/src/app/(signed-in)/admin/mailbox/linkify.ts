/** A piece of a message's text: words as they are, or a web address to show as a link. */
export type TextPiece = { text: string } | { url: string };

const addressPattern = /https?:\/\/[^\s<>"]+/g;

/** Punctuation that ends a sentence after an address rather than belonging to it. */
const trailingPunctuation = /[.,;:!?)\]'}]+$/;

/**
 * `text` cut into plain pieces and http(s) addresses, so that the links of an e-mail (an
 * invitation's, a password reset's) can be followed from the development mailbox. Only http(s):
 * nothing else becomes a link.
 */
export function linkify(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const match of text.matchAll(addressPattern)) {
    const url = match[0].replace(trailingPunctuation, "");
    if (match.index > from) pieces.push({ text: text.slice(from, match.index) });
    pieces.push({ url });
    from = match.index + url.length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}
