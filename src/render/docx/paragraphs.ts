// Paragraphs and runs: a leaf element of the HTML becomes one Word paragraph in its block style, its
// inline markup (span.lead, b, i, br) becoming bold, italic and breaks.
import { LineRuleType, Paragraph, TextRun, type IBordersOptions, type ParagraphChild } from 'docx';
import type { LayoutProfile } from '../profile.js';
import { collapse, type HtmlElement, type HtmlNode } from './html-tree.js';
import { mmToTwips, ptToTwips } from './measure.js';
import { ALIGNMENT, lineTwips, type Alignment, type BlockStyle } from './styles.js';

interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
  lineBreak?: boolean;
}

const BOLD_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['i', 'em']);
const BOLD_CLASSES = ['lead'];
const ITALIC_CLASSES = ['signed-note'];

/** The runs of an element's inline content, white space collapsed and trimmed as a browser does. */
export function inlineRuns(element: HtmlElement, format = { bold: false, italic: false }): ParagraphChild[] {
  const segments: Segment[] = [];
  collect(element, format, segments);
  let lastEndsWithSpace = true;
  const runs: ParagraphChild[] = [];
  for (const [index, segment] of segments.entries()) {
    if (segment.lineBreak) {
      runs.push(new TextRun({ break: 1 }));
      lastEndsWithSpace = true;
      continue;
    }
    let text = collapse(segment.text);
    if (lastEndsWithSpace) text = text.replace(/^ /, '');
    if (segments.slice(index + 1).every((rest) => !rest.lineBreak && collapse(rest.text).trim() === '')) text = text.replace(/ $/, '');
    if (text === '') continue;
    lastEndsWithSpace = text.endsWith(' ');
    runs.push(new TextRun({ text, bold: segment.bold || undefined, italics: segment.italic || undefined }));
  }
  return runs;
}

function collect(node: HtmlNode, format: { bold: boolean; italic: boolean }, into: Segment[]): void {
  if (node.type === 'text') {
    into.push({ text: node.text, ...format });
    return;
  }
  if (node.name === 'br') {
    into.push({ text: '', ...format, lineBreak: true });
    return;
  }
  const inner = {
    bold: format.bold || BOLD_TAGS.has(node.name) || BOLD_CLASSES.some((name) => node.classes.has(name)),
    italic: format.italic || ITALIC_TAGS.has(node.name) || ITALIC_CLASSES.some((name) => node.classes.has(name)),
  };
  for (const child of node.children) collect(child, inner, into);
}

export interface ParagraphOptions {
  /** Space above, in points. */
  before: number;
  /** Space below, in points; the style's bottom margin when absent. */
  after?: number;
  /** Exact line height in points; the style's when absent. */
  line?: number;
  border?: IBordersOptions;
  /** Left and right indents in millimetres (the first-line indent of the style stays). */
  indentMm?: { left: number; right: number };
  align?: Alignment;
  keepNext?: boolean;
}

/**
 * A paragraph in a block style. Spacing stays in the style, so a change of the style in Word reaches every
 * paragraph; only a paragraph whose spacing differs (a collapsed margin above, a rule's height) writes it, and
 * then whole: Word and LibreOffice do not mix a style's spacing with a paragraph's attribute by attribute alike.
 */
export function styledParagraph(
  profile: LayoutProfile,
  style: BlockStyle,
  children: ParagraphChild[],
  options: ParagraphOptions,
): Paragraph {
  const after = options.after ?? style.marginBottom;
  const own = options.before !== 0 || after !== style.marginBottom || options.line !== undefined;
  // A rule's paragraph is exactly as tall as its gap; text lines are at least the profile's height.
  const spacing = !own
    ? undefined
    : options.line === undefined
      ? { before: ptToTwips(options.before), after: ptToTwips(after), line: lineTwips(profile, style.font.size), lineRule: LineRuleType.AT_LEAST }
      : { before: ptToTwips(options.before), after: ptToTwips(after), line: ptToTwips(options.line), lineRule: LineRuleType.EXACT };
  const indent = options.indentMm
    ? {
        left: mmToTwips(options.indentMm.left),
        right: mmToTwips(options.indentMm.right),
        ...(style.firstLineIndent ? { firstLine: mmToTwips(profile.body.firstLineIndent) } : {}),
      }
    : undefined;
  return new Paragraph({
    style: style.id,
    children,
    spacing,
    alignment: options.align ? ALIGNMENT[options.align] : undefined,
    border: options.border,
    indent,
    keepNext: options.keepNext,
  });
}
