// Writing a number into a document's YAML as a line of text, so every comment, blank line and quoting choice
// of the file stays as its author left it: an empty `number:` line is filled, otherwise the line goes right
// after `issuer:` (where `giaouoc new` and the examples keep it).

import { parseSource } from '../documents/parse.js';

export function withNumber(text: string, number: string): string {
  const line = `number: ${number}`;
  const empty = /^number:[ \t]*(?:(?:''|""|~|null)[ \t]*)?(#.*)?$/m;
  const filled = empty.test(text)
    ? text.replace(empty, (_whole, comment: string | undefined) => (comment ? `${line} ${comment}` : line))
    : insertAfter(text, /^issuer:.*$/m, line) ?? insertAfter(text, /^kind:.*$/m, line) ?? `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${line}\n`;
  // The text must read back with exactly this number; anything else (a flow mapping, an odd layout) is refused.
  const value = parseSource(filled).value as Record<string, unknown> | undefined;
  if (!value || value.number !== number) return '';
  return filled;
}

function insertAfter(text: string, pattern: RegExp, line: string): string | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const end = match.index + match[0].length;
  return `${text.slice(0, end)}\n${line}${text.slice(end)}`;
}
