// A body's `criteria` node → the ruled table a scoring form prints: STT | Nội dung tiêu chí | Điểm tối đa | Tài
// liệu kiểm chứng, each group in bold with the sum of everything below it, nested to any depth, and the total.
import { list, record } from '../../kinds/facts.js';
import { formatPoints, sumPoints } from '../../yearend/points.js';
import { toRoman, vietnameseLetter } from '../vietnamese/index.js';
import { inlineRuns } from './inline.js';
import type { BodyCellView, BodyTableView } from './types.js';

const COLUMNS = ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Tài liệu kiểm chứng'];
const WIDTHS = [8, 54, 12, 26];

export function criteriaTable(node: { criteria: unknown; caption?: unknown }): BodyTableView {
  const rows: BodyCellView[][] = [];
  const entries = list(node.criteria);
  addRows(entries, 0, rows);
  rows.push([cell(''), cell('Tổng cộng', true), cell(formatPoints(maxBelow(entries)), true, 'center'), cell('')]);
  const total = WIDTHS.reduce((sum, width) => sum + width, 0);
  const widths = WIDTHS.map((width) => ((width * 100) / total).toFixed(2));
  return {
    caption: typeof node.caption === 'string' ? node.caption : undefined,
    widths,
    widthList: widths.join(' '),
    head: [COLUMNS.map((title) => cell(title, true, 'center'))],
    rows,
  };
}

/** Groups: I, II at the top, 1, 2 below; criteria: 1, 2 in a top group (or none), a, b in a nested one. */
function addRows(entries: readonly unknown[], depth: number, rows: BodyCellView[][]): void {
  let groups = 0;
  let criteria = 0;
  for (const raw of entries) {
    const entry = record(raw);
    const text = typeof entry.text === 'string' ? entry.text : '';
    const own = typeof entry.number === 'string' ? entry.number : undefined;
    if (typeof entry.group === 'string') {
      groups++;
      const number = own ?? (depth === 0 ? toRoman(groups) : String(groups));
      rows.push([cell(number, true, 'center'), cell(text, true), cell(formatPoints(maxBelow(list(entry.criteria))), true, 'center'), cell('')]);
      addRows(list(entry.criteria), depth + 1, rows);
    } else {
      criteria++;
      const number = own ?? (depth <= 1 ? String(criteria) : vietnameseLetter(criteria));
      const max = typeof entry.max === 'number' ? formatPoints(entry.max) : '';
      const evidence = list(entry.evidence).filter((item): item is string => typeof item === 'string').join('; ');
      rows.push([cell(number, false, 'center'), cell(text), cell(max, false, 'center'), cell(evidence)]);
    }
  }
}

/** The sum of the maxima of every criterion below these entries. */
function maxBelow(entries: readonly unknown[]): number {
  return sumPoints(
    entries.map((raw) => {
      const entry = record(raw);
      if (typeof entry.group === 'string') return maxBelow(list(entry.criteria));
      return typeof entry.max === 'number' && Number.isFinite(entry.max) ? entry.max : 0;
    }),
  );
}

function cell(text: string, bold = false, align?: string): BodyCellView {
  const runs = inlineRuns(text);
  return { runs: bold ? runs.map((run) => ({ ...run, bold: true })) : runs, ...(align ? { align } : {}) };
}
