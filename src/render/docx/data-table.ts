// A table of data (a plan's timeline, a scoring table's criteria, a score sheet's scores, or any <table> a
// template prints): the caption as a paragraph above, ruled cells, the head row repeated on every page, rows
// kept whole. Widths: the profile's `table.<role>Columns` when it has one entry per column, equal otherwise.
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { elementsOf, hasBlockChildren, type HtmlElement } from './html-tree.js';
import { cellContext, type Block, type MapContext } from './context.js';
import { leafParagraph, mapChildren, styleOf } from './blocks.js';
import type { LayoutProfile } from '../profile.js';
import { mmToTwips } from './measure.js';
import { inlineRuns, styledParagraph } from './paragraphs.js';
import { solidLine } from './rules.js';

export function mapTable(table: HtmlElement, ctx: MapContext): Block[] {
  const p = ctx.profile;
  const blocks: Block[] = [];
  const caption = elementsOf(table).find((child) => child.name === 'caption');
  if (caption) blocks.push(leafParagraph(caption, ctx.styles.caption, ctx));
  const rows = rowsOf(table);
  const layout = gridLayout(rows.map(({ tr }) => elementsOf(tr).filter(isCell)));
  const columns = Math.max(1, ...layout.map((row) => row.reduce((end, placed) => Math.max(end, placed.column + placed.span), 0)));
  const role = [...table.classes].find((name) => profileColumns(p, name, columns) !== undefined);
  const shares = authorWidths(table, columns) ?? (role ? profileColumns(p, role, columns)! : Array<number>(columns).fill(1));
  const widths = columnWidths(shares, ctx.widthMm, p.table.cellPadding);
  const centred = CENTRED_COLUMNS[role ?? ''] ?? [];
  const gap = ctx.flow.table(0, p.body.spaceAfter);
  const rule = solidLine(p.header.ruleWidth);
  const padding = mmToTwips(p.table.cellPadding);
  // With collapsed borders half of each rule is taken from the cell's width, as in the browser.
  const sidePadding = padding + Math.round((p.header.ruleWidth * 20) / 2);
  const tableRows = rows.map(({ tr, head }, rowIndex) => {
    const bold = BOLD_ROWS.some((name) => tr.classes.has(name));
    return new TableRow({
      tableHeader: head || undefined,
      cantSplit: true,
      children: layout[rowIndex]!.map((placed) => {
        const widthMm = widths.slice(placed.column, placed.column + placed.span).reduce((sum, width) => sum + width, 0) || widths[widths.length - 1]!;
        const children = placed.cell
          ? cellContent(placed.cell, ctx, widthMm - 2 * p.table.cellPadding, rowIndex === 0 ? gap : 0, {
              bold,
              centred: placed.cell.name === 'td' && centred.includes(placed.column + 1),
            })
          : [new Paragraph({})];
        return new TableCell({
          children,
          width: { size: mmToTwips(widthMm), type: WidthType.DXA },
          columnSpan: placed.span > 1 ? placed.span : undefined,
          verticalMerge: placed.merge,
          margins: { top: padding, bottom: padding, left: sidePadding, right: sidePadding },
          verticalAlign: VerticalAlignTable.TOP,
        });
      }),
    });
  });
  blocks.push(
    new Table({
      rows: tableRows,
      columnWidths: widths.map(mmToTwips),
      width: { size: mmToTwips(ctx.widthMm), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
      indent: { size: 0, type: WidthType.DXA },
    }),
  );
  return blocks;
}

interface PlacedCell {
  /** Absent for the continuation of a cell merged from a row above. */
  cell?: HtmlElement;
  column: number;
  span: number;
  merge?: 'restart' | 'continue';
}

function spanOf(cell: HtmlElement, name: 'colspan' | 'rowspan'): number {
  const value = Number(cell.attrs?.[name] ?? 1);
  return Number.isInteger(value) && value > 1 ? Math.min(value, 63) : 1;
}

/** Where each cell sits on the grid; a cell spanning rows leaves a continuation cell in the rows below. */
function gridLayout(rows: HtmlElement[][]): PlacedCell[][] {
  const below = new Map<number, PlacedCell[]>();
  return rows.map((cells, rowIndex) => {
    const pending = (below.get(rowIndex) ?? []).sort((a, b) => a.column - b.column);
    const placed: PlacedCell[] = [];
    let column = 0;
    const takePending = () => {
      while (pending.length && pending[0]!.column <= column) {
        const next = pending.shift()!;
        placed.push(next);
        column = Math.max(column, next.column + next.span);
      }
    };
    for (const cell of cells) {
      takePending();
      const span = spanOf(cell, 'colspan');
      const rowspan = spanOf(cell, 'rowspan');
      placed.push({ cell, column, span, merge: rowspan > 1 ? 'restart' : undefined });
      for (let r = rowIndex + 1; r < Math.min(rows.length, rowIndex + rowspan); r++) {
        below.set(r, [...(below.get(r) ?? []), { column, span, merge: 'continue' }]);
      }
      column += span;
    }
    placed.push(...pending);
    return placed;
  });
}

/** The widths an author gave a body table (`data-widths`), when there is one per column. */
function authorWidths(table: HtmlElement, columns: number): number[] | undefined {
  const widths = table.data?.widths?.split(' ').map(Number);
  return widths && widths.length === columns && widths.every((width) => width > 0) ? widths : undefined;
}

function isCell(element: HtmlElement): boolean {
  return element.name === 'td' || element.name === 'th';
}

/** Rows in order, those of <thead> (or made of <th> only) marked as head rows. */
function rowsOf(table: HtmlElement): { tr: HtmlElement; head: boolean }[] {
  const rows: { tr: HtmlElement; head: boolean }[] = [];
  for (const child of elementsOf(table)) {
    if (child.name === 'tr') rows.push({ tr: child, head: elementsOf(child).every((cell) => cell.name === 'th') });
    if (['thead', 'tbody', 'tfoot'].includes(child.name)) {
      for (const tr of elementsOf(child).filter((row) => row.name === 'tr')) rows.push({ tr, head: child.name === 'thead' });
    }
  }
  return rows;
}

/** Columns (from 1) of body cells the print stylesheet centres: STT and points. */
const CENTRED_COLUMNS: Readonly<Record<string, number[]>> = { criteria: [1, 3], scores: [1, 3, 4, 5] };
/** Row classes printed bold: a group of criteria with its subtotal, the total. */
const BOLD_ROWS = ['group', 'total'];

/** `table.timelineColumns` for role "timeline", and so on, when it has one width per column. */
function profileColumns(p: LayoutProfile, role: string, columns: number): number[] | undefined {
  const widths = (p.table as unknown as Record<string, unknown>)[`${role}Columns`];
  return Array.isArray(widths) && widths.length === columns && widths.every((width) => typeof width === 'number') ? widths : undefined;
}

/**
 * Column widths as the browser's fixed table layout gives them: the percentages share the width left after
 * every cell's padding, and each column then gets its padding back.
 */
function columnWidths(shares: number[], totalMm: number, paddingMm: number): number[] {
  const sum = shares.reduce((total, share) => total + share, 0);
  const padding = 2 * paddingMm;
  const content = Math.max(0, totalMm - padding * shares.length);
  return shares.map((share) => (content * share) / sum + padding);
}

function cellContent(cell: HtmlElement, ctx: MapContext, widthMm: number, marginTop: number, look: { bold: boolean; centred: boolean }): Block[] {
  const inner = cellContext(ctx, widthMm, marginTop);
  if (hasBlockChildren(cell)) {
    const blocks = mapChildren(cell, inner);
    if (blocks.length > 0) return blocks;
  }
  const style = styleOf(cell, inner);
  const before = inner.flow.paragraph(0, 0);
  const runs = inlineRuns(cell, { bold: look.bold, italic: false });
  return [styledParagraph(ctx.profile, style, runs, { before, align: look.centred ? 'center' : undefined })];
}
