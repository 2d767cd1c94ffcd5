// Names (the header's, the signature cells') and the subject for Word, without hard line breaks: the layout's lines (span.line) joined back into one
// paragraph, each line's words held together by no-break spaces, so Word breaks exactly where the PDF does and
// never inside a word ("LAO ⏎ ĐỘNG"). Text from a template without the layout's lines keeps only its words
// together.
import { glueWords } from '../name-lines.js';
import { elementsOf, textOf, type HtmlElement } from './html-tree.js';

const GLUED = ['issuer', 'issuer-upper', 'doc-subject', 'unit'];

export function withGluedLines(element: HtmlElement): HtmlElement {
  if (GLUED.some((name) => element.classes.has(name))) return { ...element, children: [{ type: 'text', text: gluedText(element) }] };
  if (!element.children.some((child) => child.type === 'element')) return element;
  return { ...element, children: element.children.map((child) => (child.type === 'element' ? withGluedLines(child) : child)) };
}

function gluedText(element: HtmlElement): string {
  const lines = elementsOf(element).filter((child) => child.classes.has('line'));
  if (lines.length === 0) return glueWords(textOf(element));
  return lines.map((line) => textOf(line).replace(/ /g, '\u00a0')).join(' ');
}
