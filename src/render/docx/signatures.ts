// Signatures: a compact's grid (2–3 parties a row, a short last row centred), the two-column layout, the
// single signer beside the recipients, and the witness under the grid. All borderless tables whose rows
// are never split, as `break-inside: avoid` keeps them whole in the PDF.
import { markSignatureTable } from './keep-together.js';
import { LineRuleType, Paragraph, TableRow, TextRun, type Table } from 'docx';
import { elementsOf, textOf, type HtmlElement } from './html-tree.js';
import type { Block, MapContext } from './context.js';
import { cellBlocks, mapChildren, mapElement, styleOf } from './blocks.js';
import { balancedLines } from './balance.js';
import { ptToTwips } from './measure.js';
import { styledParagraph } from './paragraphs.js';
import { borderlessCell, borderlessTable } from './table-parts.js';

const PT_PER_MM = 72 / 25.4;

/** section.signatures.grid / .two / .single: the signatures, then what follows them (the witness). */
export function mapSignatures(section: HtmlElement, ctx: MapContext): Block[] {
  const p = ctx.profile;
  const children = elementsOf(section);
  const rowElements = children.filter((child) => child.classes.has('signature-row'));
  const loose = children.filter((child) => child.classes.has('signature'));
  const rows = rowElements.map((row) => elementsOf(row).filter((cell) => cell.classes.has('signature')));
  if (loose.length > 0) rows.push(loose);
  const rest = children.filter((child) => !child.classes.has('signature-row') && !child.classes.has('signature'));
  const marginTop = ctx.insideClosing ? 0 : p.signature.spaceBefore;
  const blocks: Block[] = [];
  if (section.classes.has('single') && ctx.insideClosing) {
    // Beside the recipients the signer's lines stand in the closing's cell directly.
    ctx.flow.openContainer(marginTop);
    for (const cell of rows.flat()) blocks.push(...signatureParagraphs(cell, ctx));
  } else if (rows.length > 0) {
    const columns = section.classes.has('grid')
      ? Math.max(p.signature.gridColumns, ...rows.map((row) => row.length))
      : Math.max(...rows.map((row) => row.length));
    const witness = rest.find((child) => child.classes.has('witness'));
    blocks.push(signatureTable(rows, columns, ctx, marginTop, section.classes.has('grid') ? p.signature.cellPaddingMm : 0, witness));
  } else {
    ctx.flow.openContainer(marginTop);
  }
  for (const child of rest) {
    // A witness under a table of signatures is already inside it (see signatureTable).
    if (child.classes.has('witness') && rows.length > 0 && !(section.classes.has('single') && ctx.insideClosing)) continue;
    blocks.push(...(child.classes.has('witness') ? [mapWitness(child, ctx)] : mapElement(child, ctx)));
  }
  return blocks;
}

/**
 * The signatures, a row of the table per row of cells. A witness goes into the last row, under its cells (a nested
 * table), and that row is never split: Word keeps a row whole, but LibreOffice does not keep one table with the
 * next, so the witness could otherwise open a page alone.
 */
function signatureTable(rows: HtmlElement[][], columns: number, ctx: MapContext, marginTop: number, paddingMm: number, witness?: HtmlElement): Table {
  const p = ctx.profile;
  // Two grid units per column, so a short row can be centred by half a column on each side.
  const unitMm = ctx.widthMm / (2 * columns);
  const widthMm = unitMm * 2;
  const innerMm = widthMm - 2 * paddingMm;
  const gapAbove = ctx.flow.table(marginTop, 0);
  const tableRows = rows.map((cells, index) => {
    const gap = index === 0 ? gapAbove : p.signature.spaceBefore;
    const offset = columns - cells.length;
    const spacer = () => (offset > 0 ? [borderlessCell({ widthMm: unitMm * offset, span: offset, blocks: cellBlocks([], ctx, 0, gap) })] : []);
    const heads = cells.map((cell) => headHeight(cell, ctx, innerMm));
    const tallest = Math.max(...heads);
    const signatures = cells.map((cell, column) => {
      const inner = { ...ctx, signSpaceExtraPt: tallest - heads[column]! };
      return borderlessCell({ widthMm, span: 2, paddingMm, blocks: cellBlocks([cell], inner, innerMm, gap) });
    });
    const children = [...spacer(), ...signatures, ...spacer()];
    if (!witness || index < rows.length - 1) return new TableRow({ cantSplit: true, children });
    const cellsTable = borderlessTable(Array<number>(2 * columns).fill(unitMm), [new TableRow({ cantSplit: true, children })]);
    const witnessGap = ctx.flow.table(p.signature.spaceBefore, 0);
    const below = cellBlocks(elementsOf(witness), ctx, ctx.widthMm, witnessGap);
    return new TableRow({ cantSplit: true, children: [borderlessCell({ widthMm: ctx.widthMm, span: 2 * columns, blocks: [cellsTable, ...below] })] });
  });
  return markSignatureTable(borderlessTable(Array<number>(2 * columns).fill(unitMm), tableRows));
}

/**
 * The height of the lines above a signature's blank space, from the font's widths. The flex layout of the
 * PDF grows the blank space of the shorter cells by the difference; here it gets that much more space.
 */
function headHeight(cell: HtmlElement, ctx: MapContext, widthMm: number): number {
  const parts = elementsOf(cell);
  const end = parts.findIndex((part) => part.classes.has('sign-space'));
  return parts.slice(0, end < 0 ? parts.length : end).reduce((total, part) => {
    const style = styleOf(part, ctx);
    const text = textOf(part);
    if (text === '') return total;
    const lines = balancedLines(text, widthMm * PT_PER_MM, style.font.size, style.font.bold).length;
    return total + lines * ctx.profile.body.lineHeight * style.font.size;
  }, 0);
}

/** A div.signature outside a grid: its lines, centred. */
export function signatureParagraphs(cell: HtmlElement, ctx: MapContext): Block[] {
  return mapChildren(cell, ctx);
}

/** div.witness: heading and the upper union's signature, centred under the grid and kept whole. */
function mapWitness(witness: HtmlElement, ctx: MapContext): Table {
  const gap = ctx.flow.table(ctx.profile.signature.spaceBefore, 0);
  const row = new TableRow({
    cantSplit: true,
    children: [borderlessCell({ widthMm: ctx.widthMm, blocks: cellBlocks(elementsOf(witness), ctx, ctx.widthMm, gap) })],
  });
  return borderlessTable([ctx.widthMm], [row]);
}

/**
 * div.sign-space: `signature.blankLines` empty lines, or, once signed, the "(Đã ký) date" note centred in
 * the same height.
 */
export function signSpace(element: HtmlElement, ctx: MapContext): Paragraph[] {
  const p = ctx.profile;
  const style = ctx.styles.signSpace;
  const lineHeight = p.body.lineHeight * p.body.size;
  const note = textOf(element);
  const before = ctx.flow.paragraph(0, 0) + (ctx.signSpaceExtraPt ?? 0);
  if (note === '') {
    return Array.from({ length: p.signature.blankLines }, (_, index) =>
      styledParagraph(p, style, [], { before: index === 0 ? before : 0, after: 0 }),
    );
  }
  const around = ((p.signature.blankLines - 1) * lineHeight) / 2;
  return [
    new Paragraph({
      style: style.id,
      children: [new TextRun(note)],
      spacing: { before: ptToTwips(before + around), after: ptToTwips(around), line: ptToTwips(lineHeight), lineRule: LineRuleType.EXACT },
    }),
  ];
}

/** div.closing: recipients left (`recipients.columnPercent`), the signer right, side by side. */
export function mapClosing(closing: HtmlElement, ctx: MapContext): Table {
  const p = ctx.profile;
  const parts = elementsOf(closing);
  const recipients = parts.filter((part) => part.classes.has('recipients'));
  const others = parts.filter((part) => !part.classes.has('recipients'));
  const leftMm = (ctx.widthMm * p.recipients.columnPercent) / 100;
  const widths = [leftMm, ctx.widthMm - leftMm];
  const gap = ctx.flow.table(p.signature.spaceBefore, 0);
  const inside = { ...ctx, insideClosing: true };
  const row = new TableRow({
    cantSplit: true,
    children: [
      borderlessCell({ widthMm: widths[0]!, blocks: cellBlocks(recipients, inside, widths[0]!, gap) }),
      borderlessCell({ widthMm: widths[1]!, blocks: cellBlocks(others, inside, widths[1]!, gap) }),
    ],
  });
  return markSignatureTable(borderlessTable(widths, [row]));
}
