// The rendered document read back as a small tree: just elements, classes and text. The DOCX writer walks
// this tree instead of the view, so whatever a repository's own templates print reaches Word as well.
import { Parser } from 'htmlparser2';

export interface HtmlElement {
  type: 'element';
  name: string;
  classes: ReadonlySet<string>;
  children: HtmlNode[];
  /** The spans of a body table's merged cells: colspan, rowspan. */
  attrs?: Readonly<Record<string, string>>;
  /** `data-*` attributes without the prefix: lengths the layout measured (e.g. `rule-mm`), a table's `widths`. */
  data?: Readonly<Record<string, string>>;
}

const KEPT_ATTRIBUTES = ['colspan', 'rowspan'];

export interface HtmlText {
  type: 'text';
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

/** Elements whose content never reaches the document body. */
const SKIPPED = new Set(['head', 'style', 'script', 'template', 'title']);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'wbr', 'col', 'area', 'base', 'source']);

/** Parses a page; entities are decoded, so text nodes hold the characters as printed. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { type: 'element', name: '#root', classes: new Set(), children: [] };
  const stack: HtmlElement[] = [root];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipping > 0 || SKIPPED.has(name)) {
          if (!VOID.has(name)) skipping++;
          return;
        }
        const element: HtmlElement = { type: 'element', name, classes: classSet(attributes.class), children: [] };
        const kept = KEPT_ATTRIBUTES.filter((key) => attributes[key] !== undefined);
        if (kept.length) element.attrs = Object.fromEntries(kept.map((key) => [key, attributes[key]!]));
        const data = dataAttributes(attributes);
        if (data) element.data = data;
        stack[stack.length - 1]!.children.push(element);
        if (!VOID.has(name)) stack.push(element);
      },
      ontext(text) {
        if (skipping === 0) stack[stack.length - 1]!.children.push({ type: 'text', text });
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        if (skipping > 0) {
          skipping--;
          return;
        }
        if (stack.length > 1) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

function dataAttributes(attributes: Record<string, string>): Record<string, string> | undefined {
  const entries = Object.entries(attributes).filter(([name]) => name.startsWith('data-'));
  return entries.length > 0 ? Object.fromEntries(entries.map(([name, value]) => [name.slice(5), value])) : undefined;
}

function classSet(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(/\s+/).filter(Boolean));
}

export function elementsOf(node: HtmlElement): HtmlElement[] {
  return node.children.filter((child): child is HtmlElement => child.type === 'element');
}

/** The first element, depth first, that matches. */
export function findElement(node: HtmlElement, match: (element: HtmlElement) => boolean): HtmlElement | undefined {
  for (const child of elementsOf(node)) {
    if (match(child)) return child;
    const inner = findElement(child, match);
    if (inner) return inner;
  }
  return undefined;
}

/** All text below a node, white space collapsed the way a browser lays it out. */
export function textOf(node: HtmlNode): string {
  return collapse(rawText(node)).trim();
}

export function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

function rawText(node: HtmlNode): string {
  if (node.type === 'text') return node.text;
  if (node.name === 'br') return '\n';
  return node.children.map(rawText).join('');
}

/** Block-level elements: a node holding any of these is a container, not a paragraph. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'div', 'dl', 'dt', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export function isBlock(node: HtmlNode): node is HtmlElement {
  return node.type === 'element' && BLOCK.has(node.name);
}

export function hasBlockChildren(node: HtmlElement): boolean {
  return node.children.some(isBlock);
}
