// The walk over the rendered <article>: each element of the vocabulary goes to its mapping, containers are
// entered, and anything unknown still reaches the document as a plain paragraph with its text.
import { Paragraph, Table } from 'docx';
import { hasBlockChildren, isBlock, textOf, type HtmlElement } from './html-tree.js';
import { cellContext, type Block, type MapContext } from './context.js';
import { mapHeader } from './header-table.js';
import { draftMark, mottoParagraph, ruleParagraph } from './rules.js';
import { mapClosing, mapSignatures, signatureParagraphs, signSpace } from './signatures.js';
import { mapTable } from './data-table.js';
import { mapAddressees } from './addressees.js';
import { inlineRuns, styledParagraph } from './paragraphs.js';
import type { BlockStyle, StyleKey } from './styles.js';

const BY_CLASS: ReadonlyArray<[string, StyleKey]> = [
  ['issuer-upper', 'issuerUpper'],
  ['issuer', 'issuer'],
  ['doc-number', 'docNumber'],
  ['national-title', 'nationalTitle'],
  ['motto', 'motto'],
  ['date-line', 'dateLine'],
  ['doc-type', 'docType'],
  ['doc-subject', 'docSubject'],
  ['doc-issued-with', 'issuedWith'],
  ['to', 'to'],
  ['letter-subject', 'letterSubject'],
  ['basis', 'basis'],
  ['theme', 'theme'],
  ['chapter-title', 'chapterTitle'],
  ['chapter', 'chapter'],
  ['h-roman', 'hRoman'],
  ['h-arabic', 'hArabic'],
  ['body', 'body'],
  ['recipients-heading', 'recipientsHeading'],
  ['recipient', 'recipient'],
  ['authority', 'authority'],
  ['unit', 'unit'],
  ['title', 'sigTitle'],
  ['name', 'name'],
  ['witness-heading', 'witnessHeading'],
  ['doc-trace', 'trace'],
];

const BY_TAG: Readonly<Record<string, StyleKey>> = {
  h1: 'docType',
  h2: 'hRoman',
  h3: 'hArabic',
  caption: 'caption',
  th: 'tableHead',
  td: 'tableCell',
};

/** The block style of a leaf element: by its class, else by its tag, else running text. */
export function styleOf(element: HtmlElement, ctx: MapContext): BlockStyle {
  const byClass = BY_CLASS.find(([name]) => element.classes.has(name));
  const key = byClass?.[1] ?? BY_TAG[element.name] ?? 'body';
  return ctx.styles[key];
}

/** Top margins of containers (templates/print.css), which pass to their first block. */
function containerMarginTop(element: HtmlElement, ctx: MapContext): number {
  const p = ctx.profile;
  if (element.classes.has('doc-title')) return p.title.spaceBefore;
  if (element.classes.has('witness') || element.classes.has('doc-trace')) return p.signature.spaceBefore;
  return 0;
}

/** The Word blocks for the children of a container. */
export function mapChildren(container: HtmlElement, ctx: MapContext): Block[] {
  const blocks: Block[] = [];
  let inline: HtmlElement | undefined;
  const flushInline = () => {
    if (inline && textOf(inline) !== '') blocks.push(leafParagraph(inline, ctx.styles.body, ctx));
    inline = undefined;
  };
  for (const child of container.children) {
    if (isBlock(child)) {
      flushInline();
      blocks.push(...mapElement(child, ctx));
    } else {
      // Text and inline elements between blocks form an anonymous paragraph, as in a browser.
      inline ??= { type: 'element', name: 'span', classes: new Set(), children: [] };
      inline.children.push(child);
    }
  }
  flushInline();
  return blocks;
}

export function mapElement(element: HtmlElement, ctx: MapContext): Block[] {
  const classes = element.classes;
  if (classes.has('mark') && classes.has('draft')) return [draftMark(element, ctx)];
  if (classes.has('doc-header')) return [mapHeader(element, ctx)];
  if (classes.has('closing')) return [mapClosing(element, ctx)];
  if (classes.has('signatures')) return mapSignatures(element, ctx);
  if (classes.has('signature')) return signatureParagraphs(element, ctx);
  if (element.name === 'table') return mapTable(element, ctx);
  if (element.name === 'hr') return [ruleParagraph(element, ctx)];
  if (classes.has('to-list')) return mapAddressees(element, ctx);
  ctx.flow.openContainer(containerMarginTop(element, ctx));
  if (hasBlockChildren(element)) return mapChildren(element, ctx);
  // An empty element takes no height in the browser (the blank signature space has its own height).
  if (textOf(element) === '' && !element.classes.has('sign-space')) return [];
  return leafBlocks(element, ctx);
}

function leafBlocks(element: HtmlElement, ctx: MapContext): Block[] {
  const classes = element.classes;
  if (classes.has('motto')) return [mottoParagraph(element, ctx)];
  if (classes.has('sign-space')) return signSpace(element, ctx);
  const style = styleOf(element, ctx);
  const paragraph = leafParagraph(element, style, ctx);
  if (classes.has('issuer')) return [paragraph, ruleParagraph(element, ctx)];
  return [paragraph];
}

export function leafParagraph(element: HtmlElement, style: BlockStyle, ctx: MapContext): Paragraph {
  const before = ctx.flow.paragraph(style.marginTop, style.marginBottom);
  const align = ALIGN_CLASSES.find(([name]) => element.classes.has(name))?.[1];
  return styledParagraph(ctx.profile, style, inlineRuns(element), { before, align });
}

/** An author's paragraph or cell aligned on its own. */
const ALIGN_CLASSES: ReadonlyArray<[string, 'center' | 'right' | 'left']> = [
  ['align-center', 'center'],
  ['align-right', 'right'],
  ['align-left', 'left'],
];

/** A table cell's content; Word needs at least one paragraph in every cell. */
export function cellBlocks(elements: HtmlElement[], ctx: MapContext, widthMm: number, marginTop: number): Block[] {
  const inner = cellContext(ctx, widthMm, marginTop);
  const blocks = elements.flatMap((element) => mapElement(element, inner));
  // A cell must end with a paragraph; an empty cell, or one ending in a nested table, gets a hairline one.
  if (blocks.length === 0 || blocks[blocks.length - 1] instanceof Table) blocks.push(hairline(inner));
  return blocks;
}

function hairline(ctx: MapContext): Paragraph {
  const before = ctx.flow.paragraph(0, 0);
  return styledParagraph(ctx.profile, ctx.styles.rule, [], { before, after: 0, line: 1 });
}


