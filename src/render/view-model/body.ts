// The author's body tree → blocks in reading order, each with its marker worked out. Numbering follows
// depth (I. → 1. → 1.1. → a) → - → +) unless the author gives a list's style or an item's own marker; the
// text is printed as written, punctuation included. Chương and Điều are numbered through the document.
import { figureText, type BodyNode, type ListItem, type TableNode } from '../../kinds/body.js';
import { groupNumber, ordinal, toRoman, vietnameseLetter } from '../vietnamese/index.js';
import { inlineRuns, cellRuns } from './inline.js';
import { targetItemText } from './target-text.js';
import { bonusItemText, penaltyItemText } from './scoring-rule-text.js';
import { criteriaTable } from './criteria-table.js';
import type { BodyBlockView, BodyCellView, BodyTableView, RunView } from './types.js';

/** The marker styles by depth, sections and lists alike. */
const BY_DEPTH = ['I.', '1.', '1.1.', 'a)', '-', '+'];
/** Inside an article: khoản 1., điểm a), then dashes. */
const IN_ARTICLE = ['1.', 'a)', '-', '+'];

interface Scope {
  depth: number;
  /** The label of the enclosing numbered heading or item, for "1.1." numbering. */
  parent?: string;
  inArticle: boolean;
}

interface Counters {
  chapter: number;
  article: number;
}

export function buildBody(nodes: readonly BodyNode[]): BodyBlockView[] {
  const blocks: BodyBlockView[] = [];
  walk(nodes, { depth: 0, inArticle: false }, { chapter: 0, article: 0 }, blocks);
  return blocks;
}

function styleAt(scope: Scope): string {
  const styles = scope.inArticle ? IN_ARTICLE : BY_DEPTH;
  return styles[Math.min(scope.depth, styles.length - 1)]!;
}

/**
 * A counting style the author writes as its first marker: an optional "(", the counter (`I` Roman, `A`/`a` a
 * Vietnamese letter, `1` a number) and the punctuation after it — "a-", "a)", "a.", "1-", "1/", "I-", "(a)".
 */
const COUNTED = /^(\(?)(I|A|a|1)([.)\-/:]?)$/u;

/** The n-th marker (from 1) of a style; a style that is no numbering scheme is printed as it stands. */
export function markerOf(style: string, n: number, parent?: string): string {
  const trimmed = style.trim();
  switch (trimmed) {
    case '':
      return '';
    case 'I':
      return `${toRoman(n)}.`;
    case '1.1.':
      return parent && /^\d+(\.\d+)*\.$/.test(parent) ? `${parent}${n}.` : `${n}.`;
    case 'thứ nhất':
      return `${ordinal(n)},`;
  }
  const counted = COUNTED.exec(trimmed);
  // "(1" or "a" alone is no style an author writes: printed as it stands.
  if (!counted || (counted[1] && counted[3] !== ')') || (!counted[1] && !counted[3])) return style;
  const [, open, counter, close] = counted;
  const value = counter === 'I' ? toRoman(n) : counter === '1' ? String(n) : counter === 'A' ? vietnameseLetter(n).toUpperCase() : vietnameseLetter(n);
  return `${open}${value}${close}`;
}

function walk(nodes: readonly BodyNode[], scope: Scope, counters: Counters, out: BodyBlockView[]): void {
  let sections = 0;
  for (const node of nodes) {
    if (typeof node === 'string') {
      out.push(paragraph(node));
      continue;
    }
    if ('section' in node) {
      sections++;
      const label = node.number ?? markerOf(styleAt(scope), sections, scope.parent);
      out.push(heading(scope.depth, label, node.section));
      walk(node.body ?? [], { ...scope, depth: scope.depth + 1, parent: label }, counters, out);
    } else if ('chapter' in node) {
      counters.chapter++;
      out.push({ chapter: node.number ?? `Chương ${toRoman(counters.chapter)}`, tag: 'p', class: 'chapter-title', runs: inlineRuns(node.chapter) });
      walk(node.body ?? [], { depth: 0, inArticle: false }, counters, out);
    } else if ('article' in node) {
      counters.article++;
      const label = node.number ?? `Điều ${counters.article}.`;
      out.push({ tag: 'h3', class: 'h-arabic h-article', label, runs: inlineRuns(node.article) });
      walk(node.body ?? [], { depth: 0, inArticle: true }, counters, out);
    } else if ('list' in node && !('text' in node)) {
      items(node.list, node.marker ?? listStyle(scope), scope, counters, out);
    } else if ('table' in node) {
      out.push({ table: table(node) });
    } else if ('criteria' in node) {
      out.push({ table: criteriaTable(node) });
    } else if ('figure' in node) {
      out.push({ tag: 'p', class: 'body item', label: node.marker || undefined, runs: inlineRuns(figureText(node, groupNumber)) });
    } else if ('target' in node || 'bonus' in node || 'penalty' in node || 'tieBreaks' in node) {
      out.push({ tag: 'p', class: 'body item', label: node.marker || undefined, runs: inlineRuns(leafText(node)) });
    } else if ('task' in node || 'commitment' in node || 'result' in node) {
      // A typed item standing alone in the body prints as a paragraph with the author's marker, if any.
      const item = node as { text: string; marker?: string; list?: ListItem[]; listMarker?: string };
      out.push({ tag: 'p', class: 'body item', label: item.marker || undefined, runs: inlineRuns(item.text) });
      const inner = { ...scope, depth: scope.depth + 1 };
      if (item.list) items(item.list, item.listMarker ?? listStyle(inner), inner, counters, out);
    } else {
      out.push(paragraph(node));
    }
  }
}

/** The printed words of an item: figures, targets and scoring rules carry their numbers; the rest as written. */
function leafText(item: Exclude<ListItem, string>): string {
  if ('figure' in item) return figureText(item, groupNumber);
  if ('target' in item) return targetItemText(item);
  if ('bonus' in item) return bonusItemText({ id: item.bonus, text: item.text, max: item.max });
  if ('penalty' in item) return penaltyItemText({ id: item.penalty, text: item.text, points: item.points, ...(item.max === undefined ? {} : { max: item.max }) });
  return item.text;
}

/** A list at the top of the body is a dash list; elsewhere it takes its depth's style. */
function listStyle(scope: Scope): string {
  return scope.depth === 0 && !scope.inArticle ? '-' : styleAt(scope);
}

function items(list: readonly ListItem[], style: string, scope: Scope, counters: Counters, out: BodyBlockView[]): void {
  list.forEach((item, index) => {
    const label = typeof item === 'string' || item.marker === undefined ? markerOf(style, index + 1, scope.parent) : item.marker;
    const text = typeof item === 'string' ? item : leafText(item);
    out.push({ tag: 'p', class: 'body item', label: label || undefined, runs: inlineRuns(text) });
    if (typeof item !== 'string' && 'list' in item && item.list?.length) {
      const inner: Scope = { ...scope, depth: scope.depth + 1, parent: label };
      const innerStyle = ('listMarker' in item ? item.listMarker : undefined) ?? styleAt(inner);
      items(item.list, innerStyle, inner, counters, out);
    }
  });
}

function heading(depth: number, label: string, text: string): BodyBlockView {
  const runs = inlineRuns(text);
  const shown = label || undefined;
  if (depth === 0) return { tag: 'h2', class: 'h-roman', label: shown, runs };
  if (depth === 1) return { tag: 'h3', class: 'h-arabic', label: shown, runs };
  // Below the second level a heading is a bold italic line of body text, marker included.
  const marked = shown ? [{ text: `${shown} `, bold: false, italic: false }, ...runs] : runs;
  return { tag: 'p', class: 'body h-minor', runs: marked.map((run) => ({ ...run, bold: true, italic: true })) };
}

function paragraph(node: string | { text: string; align?: string; indent?: boolean }): BodyBlockView {
  if (typeof node === 'string') return { tag: 'p', class: 'body', runs: inlineRuns(node) };
  const classes = ['body'];
  if (node.align) classes.push(`align-${node.align}`);
  if (node.indent === false || node.align === 'center' || node.align === 'right') classes.push('no-indent');
  return { tag: 'p', class: classes.join(' '), runs: inlineRuns(node.text) };
}

function table(node: TableNode): BodyTableView {
  const { caption, head = [], rows, widths } = node.table;
  const total = (widths ?? []).reduce((sum, width) => sum + width, 0);
  const percents = widths && total > 0 ? widths.map((width) => ((width * 100) / total).toFixed(2)) : undefined;
  return {
    caption,
    widths: percents,
    widthList: percents?.join(' '),
    head: head.map((row) => row.map(cell)),
    rows: rows.map((row) => row.map(cell)),
  };
}

function cell(value: string | number | { text: string | number; colspan?: number; rowspan?: number; align?: string }): BodyCellView {
  if (typeof value !== 'object') return { runs: cellRuns(String(value)) };
  return {
    runs: cellRuns(String(value.text)),
    colspan: value.colspan && value.colspan > 1 ? value.colspan : undefined,
    rowspan: value.rowspan && value.rowspan > 1 ? value.rowspan : undefined,
    align: value.align,
  };
}


/**
 * The official "./." after the body's last paragraph or item. Returns false when the body ends with a table
 * or a heading, so the template prints the mark on a line of its own.
 */
export function closeBodyBlocks(blocks: BodyBlockView[]): boolean {
  const last = blocks[blocks.length - 1];
  if (!last?.runs?.length || last.tag !== 'p' || !last.class?.startsWith('body') || last.class.includes('h-minor')) return false;
  const run = last.runs[last.runs.length - 1]!;
  // An author who closed the text already ("… 6/6/2011. /.") keeps the mark as written.
  if (/\/\.\s*$/u.test(run.text)) return true;
  run.text = `${run.text.replace(/[\s.;:,]+$/u, '')}./.`;
  return true;
}
