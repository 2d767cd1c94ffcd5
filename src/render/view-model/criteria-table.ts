// A body's `criteria` node → the ruled table a scoring form prints: by default STT | Nội dung tiêu chí | Điểm tối
// đa | Tài liệu kiểm chứng, each group in bold with the sum of everything below it, nested to any depth, and the
// total. A form with columns of its own (“Điểm chuẩn”, “CĐCS Tự chấm”, “LĐLĐ Quận chấm” …) names them, and the
// columns that show nothing typed are left empty for the scorers to fill; points written as the form writes them
// (“35 đ”) print as written.
import { list, record } from '../../kinds/facts.js';
import { formatPoints, sumPoints } from '../../yearend/points.js';
import { toRoman, vietnameseLetter } from '../vietnamese/index.js';
import { cellRuns } from './inline.js';
import type { BodyCellView, BodyTableView } from './types.js';

type Shows = 'number' | 'text' | 'max' | 'evidence' | undefined;

interface Column {
  heading: string;
  shows: Shows;
  width?: number;
}

const DEFAULT_COLUMNS: Column[] = [
  { heading: 'STT', shows: 'number', width: 8 },
  { heading: 'Nội dung tiêu chí', shows: 'text', width: 54 },
  { heading: 'Điểm tối đa', shows: 'max', width: 12 },
  { heading: 'Tài liệu kiểm chứng', shows: 'evidence', width: 26 },
];

/** What a row puts in each kind of column; a column that shows nothing stays empty. */
type RowValues = Partial<Record<NonNullable<Shows>, string>>;

export function criteriaTable(node: { criteria: unknown; caption?: unknown; columns?: unknown; total?: unknown }): BodyTableView {
  const columns = columnsOf(node.columns);
  const rows: BodyCellView[][] = [];
  const entries = list(node.criteria);
  addRows(entries, 0, columns, rows);
  if (node.total !== false) rows.push(row(columns, { text: 'Tổng cộng', max: formatPoints(maxBelow(entries)) }, 'total'));
  const given = columns.map((column) => column.width ?? 0);
  const total = given.reduce((sum, width) => sum + width, 0);
  const widths = given.every((width) => width > 0) ? given.map((width) => ((width * 100) / total).toFixed(2)) : undefined;
  return {
    caption: typeof node.caption === 'string' ? node.caption : undefined,
    ...(widths ? { widths, widthList: widths.join(' ') } : {}),
    head: [columns.map((column) => cell(column.heading, true, 'center'))],
    rows,
  };
}

function columnsOf(raw: unknown): Column[] {
  const written = list(raw).map(record);
  if (!written.length) return DEFAULT_COLUMNS;
  return written.map((column) => ({
    heading: typeof column.heading === 'string' ? column.heading : '',
    shows: (['number', 'text', 'max', 'evidence'] as const).find((shows) => shows === column.shows),
    width: typeof column.width === 'number' && column.width > 0 ? column.width : undefined,
  }));
}

/** Groups: I, II at the top, 1, 2 below; criteria: 1, 2 in a top group (or none), a, b in a nested one. */
function addRows(entries: readonly unknown[], depth: number, columns: Column[], rows: BodyCellView[][]): void {
  let groups = 0;
  let criteria = 0;
  for (const raw of entries) {
    const entry = record(raw);
    const text = typeof entry.text === 'string' ? entry.text : '';
    const own = typeof entry.number === 'string' ? entry.number : undefined;
    const written = typeof entry.points === 'string' ? entry.points : undefined;
    if (typeof entry.group === 'string') {
      groups++;
      const number = own ?? (depth === 0 ? toRoman(groups) : String(groups));
      rows.push(row(columns, { number, text, max: written ?? formatPoints(maxBelow(list(entry.criteria))) }, 'group', own === ''));
      addRows(list(entry.criteria), depth + 1, columns, rows);
    } else {
      criteria++;
      const number = own ?? (depth <= 1 ? String(criteria) : vietnameseLetter(criteria));
      const max = written ?? (typeof entry.max === 'number' ? formatPoints(entry.max) : '');
      const evidence = list(entry.evidence).filter((item): item is string => typeof item === 'string').join('; ');
      rows.push(row(columns, { number, text, max, evidence }, 'criterion'));
    }
  }
}

/**
 * One printed row. A group whose author left its number empty (`number: ""`) joins its number cell to its text
 * when the two stand side by side, as forms print a heading row across STT and content.
 */
function row(columns: Column[], values: RowValues, kind: 'group' | 'criterion' | 'total', joined = false): BodyCellView[] {
  const cells: BodyCellView[] = [];
  for (let index = 0; index < columns.length; index++) {
    const shows = columns[index]!.shows;
    const value = shows ? (values[shows] ?? '') : '';
    if (joined && shows === 'number' && columns[index + 1]?.shows === 'text') {
      cells.push({ ...cell(values.text ?? '', true), colspan: 2 });
      index++;
    } else if (shows === 'number' || shows === 'max') {
      cells.push(kind === 'total' && shows === 'number' ? cell('') : cell(value, kind !== 'criterion', 'center'));
    } else if (shows === 'text') {
      cells.push(cell(value, kind !== 'criterion'));
    } else {
      cells.push(cell(value));
    }
  }
  return cells;
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
  const runs = cellRuns(text);
  return { runs: bold ? runs.map((run) => ({ ...run, bold: true })) : runs, ...(align ? { align } : {}) };
}
