// How deeply a YAML text nests, read from the `yaml` package's lexer (which keeps no stack) before its parser and
// composer (which recurse per level) see the text. A file of a thousand nested brackets exhausts their stack, and
// V8 can then fail fatally while compiling a regular expression deep in it: the process dies with a native trace.
// No document nests anywhere near MAX_NESTING levels; a file that does is refused where it passes the limit.
// Only files the fast reader (fast-yaml.ts, which nests at most 64 levels) leaves to the `yaml` package get here.

import { CST, Lexer } from 'yaml';

/** Levels of block collections (indentation, and `- ` or `? ` opening one on the same line) plus flow brackets. */
export const MAX_NESTING = 100;

/** The offset where `text` first nests deeper than MAX_NESTING, or undefined. */
export function tooDeepAt(text: string): number | undefined {
  // Indentations of the open block collections, innermost last.
  const indents: number[] = [];
  let flow = 0;
  let compact = 0;
  let indent = 0;
  let lineStart = true;
  let scalarNext = false;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = scalarNext ? 'scalar' : CST.tokenType(token);
    scalarNext = token === CST.SCALAR;
    const at = offset;
    // The lexer's markers (document mode, scalar, end of flow) are not in the text.
    if (token !== CST.SCALAR && token !== CST.DOCUMENT && token !== CST.FLOW_END) offset += token.length;
    if (type === 'newline') {
      lineStart = true;
      indent = 0;
      compact = 0;
      continue;
    }
    if (type === 'space' && lineStart) {
      indent = token.length;
      continue;
    }
    if (type === 'space' || type === 'comment' || type === 'doc-mode' || type === 'scalar' && token === CST.SCALAR) continue;
    if (lineStart) {
      lineStart = false;
      if (flow === 0) {
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
      }
    }
    if (type === 'seq-item-ind' || type === 'explicit-key-ind') compact++;
    else if (type === 'flow-seq-start' || type === 'flow-map-start') flow++;
    else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) flow--;
    if (indents.length + compact + flow > MAX_NESTING) return Math.min(at, text.length);
  }
  return undefined;
}
