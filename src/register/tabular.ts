// The register as a spreadsheet: CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the
// Vietnamese letters) and XLSX through exceljs, landscape A4 with the ten columns of the official form.

import type { Lang } from '../context.js';
import { REGISTER_COLUMNS, type RegisterEntry } from './entries.js';

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
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'giaouoc';
  // Fixed times keep the same register giving the same file.
  workbook.created = workbook.modified = new Date(Date.UTC(title.year, 11, 31));
  const sheet = workbook.addWorksheet(`${lang === 'en' ? 'Outgoing' : 'Văn bản đi'} ${title.year}`, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:5' },
  });
  const font = { name: 'Times New Roman', size: 12 };
  const border = { style: 'thin' as const };
  const borders = { top: border, left: border, bottom: border, right: border };
  // Styles set once per column and inherited by every row added after, not written cell by cell.
  sheet.columns = WIDTHS.map((width) => ({ width, style: { font, alignment: { vertical: 'top', wrapText: true }, border: borders } }));
  for (const [row, text, size] of [[1, title.organ, 12], [2, `${lang === 'en' ? 'OUTGOING DOCUMENT REGISTER' : 'SỔ ĐĂNG KÝ VĂN BẢN ĐI'} — ${lang === 'en' ? 'YEAR' : 'NĂM'} ${title.year}`, 14]] as const) {
    // The title lines stand above the table, without its rules.
    for (let column = 1; column <= 10; column++) sheet.getCell(row, column).style = { font: { ...font, size, bold: true }, alignment: { horizontal: row === 2 ? 'center' : 'left', vertical: 'top', wrapText: true } };
    sheet.mergeCells(row, 1, row, 10);
    sheet.getCell(row, 1).value = text;
    sheet.getRow(row).height = (LINE_HEIGHT * size * linesOf(text, WIDTHS.reduce((sum, width) => sum + width, 0))) / 12 + 3;
  }
  const header = sheet.getRow(4);
  header.values = [...REGISTER_COLUMNS[lang]];
  const ordinals = sheet.getRow(5);
  ordinals.values = REGISTER_COLUMNS[lang].map((_, index) => `(${index + 1})`);
  for (const row of [header, ordinals]) {
    row.eachCell((cell) => {
      cell.style = { font: { ...font, bold: row === header }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: borders };
    });
  }
  header.height = 64;
  // Spreadsheet programs do not all grow a row to its wrapped text on opening; the height is given.
  for (const row of sheet.addRows(rowsOf(entries))) row.height = LINE_HEIGHT * Math.max(1, ...WIDTHS.map((width, index) => linesOf(String(row.getCell(index + 1).value ?? ''), width))) + 3;
  sheet.views = [{ state: 'frozen', ySplit: 5 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
