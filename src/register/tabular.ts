// The register as a spreadsheet: CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the
// Vietnamese letters) and XLSX (register/xlsx.ts), landscape A4 with the ten columns of the official form.

import type { Lang } from '../context.js';
import { REGISTER_COLUMNS, type RegisterEntry } from './entries.js';
import type { XlsxRow, XlsxStyle } from './xlsx.js';

export interface RegisterTitle {
  /** "CÔNG ĐOÀN BỘ KẾ HOẠCH VÀ ĐẦU TƯ", or the repository's bodies when the register covers several. */
  organ: string;
  year: number;
}

export function rowsOf(entries: readonly RegisterEntry[]): (string | number)[][] {
  return entries.map((entry) => [entry.number, entry.date, entry.typeAndSubject, entry.signer, entry.recipients, entry.archive, entry.copies, entry.sent, entry.receipt, entry.notes]);
}

export function registerCsv(entries: readonly RegisterEntry[], lang: Lang): string {
  const cell = (value: string | number) => {
    let text = String(value);
    // A cell starting like a formula would be run by the spreadsheet that opens the file.
    if (/^[=+@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [REGISTER_COLUMNS[lang], ...rowsOf(entries)].map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const WIDTHS = [16, 12, 40, 18, 34, 16, 8, 12, 22, 26];
const LINE_HEIGHT = 15.75;

/** Lines a text takes in a column `width` characters wide (12 pt Times is about one character per width unit). */
function linesOf(text: string, width: number): number {
  const perLine = Math.max(1, width - 2);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    for (const word of paragraph.split(' ')) {
      if (line > 0 && line + 1 + word.length > perLine) {
        lines += 1;
        line = 0;
      }
      line += (line > 0 ? 1 : 0) + word.length;
      while (line > perLine) {
        lines += 1;
        line -= perLine;
      }
    }
    lines += 1;
  }
  return lines;
}

export async function registerXlsx(entries: readonly RegisterEntry[], title: RegisterTitle, lang: Lang): Promise<Buffer> {
  const { xlsxWorkbook, XLSX_STYLE } = await import('./xlsx.js');
  const total = WIDTHS.reduce((sum, width) => sum + width, 0);
  const titleRow = (index: number, text: string, size: number, style: XlsxStyle): XlsxRow => ({
    index,
    // The title lines stand above the table, without its rules, merged across it.
    cells: WIDTHS.map((_, column) => ({ value: column === 0 ? text : '', style })),
    height: (LINE_HEIGHT * size * linesOf(text, total)) / 12 + 3,
  });
  const heading = `${lang === 'en' ? 'OUTGOING DOCUMENT REGISTER' : 'SỔ ĐĂNG KÝ VĂN BẢN ĐI'} — ${lang === 'en' ? 'YEAR' : 'NĂM'} ${title.year}`;
  const rows: XlsxRow[] = [
    titleRow(1, title.organ, 12, XLSX_STYLE.title),
    titleRow(2, heading, 14, XLSX_STYLE.heading),
    { index: 4, cells: REGISTER_COLUMNS[lang].map((value) => ({ value, style: XLSX_STYLE.columnHead })), height: 64 },
    { index: 5, cells: REGISTER_COLUMNS[lang].map((_, column) => ({ value: `(${column + 1})`, style: XLSX_STYLE.ordinal })) },
    ...rowsOf(entries).map((values, i) => ({
      index: 6 + i,
      cells: values.map((value) => ({ value, style: XLSX_STYLE.body })),
      height: LINE_HEIGHT * Math.max(1, ...WIDTHS.map((width, column) => linesOf(String(values[column] ?? ''), width))) + 3,
    })),
  ];
  return xlsxWorkbook({
    name: `${lang === 'en' ? 'Outgoing' : 'Văn bản đi'} ${title.year}`,
    widths: WIDTHS,
    // Unruled outside the table: the blank line under the title stays blank.
    columnStyle: XLSX_STYLE.plain,
    rows,
    mergedRows: [1, 2],
    frozenRows: [4, 5],
    creator: 'giaouoc',
    // Fixed times keep the same register giving the same file.
    created: new Date(Date.UTC(title.year, 11, 31)),
  });
}
