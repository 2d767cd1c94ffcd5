// The subject for Word: the layout's lines joined back into one paragraph, the syllables of each word held
// together by no-break spaces, so Word wraps it between words only and a user editing it gets Word's wrapping.
import { glueWords } from '../name-lines.js';
import { textOf, type HtmlElement } from './html-tree.js';

export function withGluedSubject(element: HtmlElement): HtmlElement {
  if (element.classes.has('doc-subject')) return { ...element, children: [{ type: 'text', text: glueWords(textOf(element)) }] };
  if (!element.children.some((child) => child.type === 'element')) return element;
  return { ...element, children: element.children.map((child) => (child.type === 'element' ? withGluedSubject(child) : child)) };
}
