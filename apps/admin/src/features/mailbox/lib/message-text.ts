/** A piece of a message's text: plain words, or an address to make clickable. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// Only web addresses become links: anything else (javascript:, data:) stays text.
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/gi;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '»', '”', ']', '}', '>', ')']);

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * Where an address ends: the full stop or comma after it in a sentence, or the bracket closing the sentence's
 * parenthesis, is not part of it; a bracket the address itself opened is.
 */
function trimAddress(candidate: string): string {
  let end = candidate.length;
  while (end > 0) {
    const last = candidate.charAt(end - 1);
    if (!TRAILING.has(last)) break;
    const head = candidate.slice(0, end);
    if (last === ')' && count(head, '(') >= count(head, ')')) break;
    end -= 1;
  }
  return candidate.slice(0, end);
}

/** Splits a message's text into plain parts and web addresses, in order; joined, the parts give the text back. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const address = trimAddress(match[0]);
    // "https://" alone is not an address.
    if (address.length <= address.indexOf('//') + 2) continue;
    if (start > from) parts.push({ kind: 'text', text: text.slice(from, start) });
    parts.push({ kind: 'link', text: address, href: address });
    from = start + address.length;
  }
  if (from < text.length) parts.push({ kind: 'text', text: text.slice(from) });
  return parts;
}

/** One line for the list: the text's whitespace collapsed, cut at a word near `max` characters. */
export function preview(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** What names a message in the list: its subject; an SMS has none, so its first words. */
export function messageTitle(message: { subject: string; text: string }, fallback: string): string {
  const subject = message.subject.trim();
  if (subject) return subject;
  return preview(message.text, 60) || fallback;
}
