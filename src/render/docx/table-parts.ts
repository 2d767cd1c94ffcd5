// Pieces every table of the document shares: fixed layout, widths in twips, no borders unless asked.
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { Block } from './context.js';
import { mmToTwips } from './measure.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

export interface CellSpec {
  blocks: Block[];
  widthMm: number;
  /** Grid columns the cell spans. */
  span?: number;
  /** Cell padding left and right, in millimetres. */
  paddingMm?: number;
}

export function borderlessCell(spec: CellSpec): TableCell {
  const padding = mmToTwips(spec.paddingMm ?? 0);
  return new TableCell({
    children: spec.blocks,
    width: { size: mmToTwips(spec.widthMm), type: WidthType.DXA },
    columnSpan: spec.span && spec.span > 1 ? spec.span : undefined,
    borders: NO_CELL_BORDERS,
    margins: { top: 0, bottom: 0, left: padding, right: padding },
    verticalAlign: VerticalAlignTable.TOP,
  });
}

/** A borderless table of fixed column widths that fills the column it stands in. */
export function borderlessTable(columnWidthsMm: number[], rows: TableRow[]): Table {
  const widths = columnWidthsMm.map(mmToTwips);
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    indent: { size: 0, type: WidthType.DXA },
  });
}
