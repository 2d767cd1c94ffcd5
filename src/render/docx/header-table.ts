// header.doc-header → a borderless two-column table: issuing body left, Quốc hiệu right; then number and
// date line. The columns are `header.leftColumnPercent` / the rest of the text width.
import { TableRow, type Table } from 'docx';
import { elementsOf, type HtmlElement } from './html-tree.js';
import type { MapContext } from './context.js';
import { cellBlocks } from './blocks.js';
import { borderlessCell, borderlessTable } from './table-parts.js';

export function mapHeader(header: HtmlElement, ctx: MapContext): Table {
  const p = ctx.profile;
  const leftMm = (ctx.widthMm * p.header.leftColumnPercent) / 100;
  const widths = [leftMm, ctx.widthMm - leftMm];
  const children = elementsOf(header);
  // A draft mark the profile puts top right stands above the two columns, across both.
  const marks = children.filter((child) => child.classes.has('mark'));
  const rowElements = children.filter((child) => !child.classes.has('mark'));
  const rows = rowElements.length > 0 ? rowElements : [header];
  const gapAbove = ctx.flow.table(0, 0);
  const markRows = marks.map(
    (mark) => new TableRow({ cantSplit: true, children: [borderlessCell({ widthMm: ctx.widthMm, span: 2, blocks: cellBlocks([mark], ctx, ctx.widthMm, 0) })] }),
  );
  const tableRows = rows.map((row, index) => {
    // `.header-row + .header-row` keeps a paragraph's space between the two rows.
    const marginTop = index === 0 ? gapAbove : p.body.spaceAfter;
    const cells = cellsOf(row);
    return new TableRow({
      cantSplit: true,
      children: widths.map((widthMm, column) =>
        borderlessCell({ widthMm, blocks: cellBlocks(cells[column] ?? [], ctx, widthMm, marginTop) }),
      ),
    });
  });
  return borderlessTable(widths, [...markRows, ...tableRows]);
}

/** The two cells of a row: .header-left and .header-right, or whatever elements stand there in order. */
function cellsOf(row: HtmlElement): HtmlElement[][] {
  const children = elementsOf(row);
  const left = children.find((child) => child.classes.has('header-left'));
  const right = children.find((child) => child.classes.has('header-right'));
  if (left || right) {
    const others = children.filter((child) => child !== left && child !== right);
    return [left ? [left] : [], [...(right ? [right] : []), ...others]];
  }
  return [children.slice(0, 1), children.slice(1)];
}

