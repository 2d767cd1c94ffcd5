// The lines of a source as the fast reader (fast-yaml.ts) walks them, and the body of a block scalar, which is
// read line by line. `undefined` means "not certain": the file is left to the `yaml` package.

import { blockValue, type BlockHeader } from './fast-scalars.js';

export interface SourceLines {
  starts: number[];
  /** Where each line's text ends, before its LF or CRLF. */
  ends: number[];
  /** Leading spaces of each line. */
  spaces: number[];
  /** The line of the one `---` allowed, or -1. */
  documentStart: number;
}

/** The lines of `text` from `from` (past a BOM); undefined for a second document marker or a `...`. */
export function splitLines(text: string, from: number): SourceLines | undefined {
  const lines: SourceLines = { starts: [], ends: [], spaces: [], documentStart: -1 };
  let markers = 0;
  for (let start = from; ; ) {
    const newline = text.indexOf('\n', start);
    if (newline === -1 && start === text.length && start > from) break;
    const next = newline === -1 ? text.length : newline;
    const end = next > start && text.charCodeAt(next - 1) === 0x0d ? next - 1 : next;
    let first = start;
    while (first < end && text.charCodeAt(first) === 0x20) first++;
    if (first === start && isDocumentMarker(text, start, end)) {
      markers++;
      if (markers > 1 || withoutTrailingSpaces(text, start, end) !== start + 3 || text[start] !== '-') return undefined;
      lines.documentStart = lines.starts.length;
    }
    lines.starts.push(start);
    lines.ends.push(end);
    lines.spaces.push(first - start);
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** Where the text of [start, end) ends without its trailing spaces: YAML trims spaces (and tabs), not all of Unicode's. */
export function withoutTrailingSpaces(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return end;
}

function isDocumentMarker(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first !== 0x2d && first !== 0x2e) return false;
  const head = text.slice(start, start + 3);
  return (head === '---' || head === '...') && (end === start + 3 || text.charCodeAt(start + 3) === 0x20);
}

/** The value of a block scalar whose header ends `line`, its content indented past `column`, and the line after it. */
export function readBlockScalar(source: SourceLines, text: string, line: number, header: BlockHeader, column: number): { value: string; next: number } | undefined {
  const { starts, ends, spaces } = source;
  const lines: string[] = [];
  let indent = -1;
  let leading = 0;
  let trailing = 0;
  let i = line + 1;
  for (; i < starts.length; i++) {
    if (starts[i] + spaces[i] === ends[i]) {
      // A more-indented empty line keeps spaces the reader does not model; the `yaml` package reads those.
      if (indent === -1) leading = Math.max(leading, spaces[i]);
      else if (spaces[i] > indent) return undefined;
      else trailing++;
      lines.push('');
      continue;
    }
    if (indent === -1) {
      if (spaces[i] <= column) break;
      if (leading > spaces[i]) return undefined;
      indent = spaces[i];
    } else if (spaces[i] < indent) {
      break;
    }
    if (header.folded && spaces[i] > indent) return undefined;
    lines.push(text.slice(starts[i] + indent, ends[i]));
    trailing = 0;
  }
  // An empty block scalar, or a line after it that sits between the collection and the content.
  if (indent === -1 || (i < starts.length && spaces[i] > column)) return undefined;
  // Kept trailing lines are counted by their line breaks, and the file's last line may have none.
  if (header.chomp === '+' && trailing > 0 && i === starts.length && !text.endsWith('\n')) return undefined;
  lines.length -= trailing;
  return { value: blockValue(header, lines, trailing), next: i };
}
