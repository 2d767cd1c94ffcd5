// Writing a number into a document's YAML as a line of text, so every comment, blank line and quoting choice
// of the file stays as its author left it: an empty `number:` line is filled, a `symbol:` line (the symbol printed
// after the blank) gives its place to the number, otherwise the line goes right after `issuer:` (where
// `giaouoc new` and the examples keep it).

import { canonicalContent } from '../documents/canonical.js';
import { parseSource } from '../documents/parse.js';

export function withNumber(text: string, number: string): string {
  const line = `number: ${number}`;
  const empty = /^number:[ \t]*(?:(?:''|""|~|null)[ \t]*)?(#.*)?$/m;
  const symbol = /^symbol:[^\n#]*(#.*)?$/m;
  const put = (pattern: RegExp) => (source: string) => source.replace(pattern, (_whole, comment: string | undefined) => (comment ? `${line} ${comment}` : line));
  let filled: string;
  if (empty.test(text)) {
    filled = put(empty)(text);
    // Numbered, the document prints its number: the symbol written for the blank goes.
    filled = filled.replace(/^symbol:[^\n]*\n?/m, '');
  } else if (symbol.test(text)) {
    filled = put(symbol)(text);
  } else {
    filled = insertAfter(text, /^issuer:.*$/m, line) ?? insertAfter(text, /^kind:.*$/m, line) ?? `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${line}\n`;
  }
  // The text must read back as the document it was, with exactly this number and no symbol beside it: anything else
  // (a flow mapping, a line of a quoted text that looked like a key) is refused.
  const before = parseSource(text).value as Record<string, unknown> | undefined;
  const after = parseSource(filled).value as Record<string, unknown> | undefined;
  if (!before || !after || after.number !== number || after.symbol !== undefined) return '';
  return canonicalContent({ ...before, number, symbol: undefined }) === canonicalContent({ ...after, symbol: undefined }) ? filled : '';
}

function insertAfter(text: string, pattern: RegExp, line: string): string | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const end = match.index + match[0].length;
  return `${text.slice(0, end)}\n${line}${text.slice(end)}`;
}
