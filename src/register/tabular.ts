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
  sheet.columns = WIDTHS.map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, 10);
  sheet.getCell(1, 1).value = title.organ;
  sheet.getCell(1, 1).font = { ...font, bold: true };
  sheet.mergeCells(2, 1, 2, 10);
  sheet.getCell(2, 1).value = `${lang === 'en' ? 'OUTGOING DOCUMENT REGISTER' : 'SỔ ĐĂNG KÝ VĂN BẢN ĐI'} — ${lang === 'en' ? 'YEAR' : 'NĂM'} ${title.year}`;
  sheet.getCell(2, 1).font = { ...font, bold: true, size: 14 };
  sheet.getCell(2, 1).alignment = { horizontal: 'center' };
  const header = sheet.getRow(4);
  header.values = [...REGISTER_COLUMNS[lang]];
  const ordinals = sheet.getRow(5);
  ordinals.values = REGISTER_COLUMNS[lang].map((_, index) => `(${index + 1})`);
  for (const row of rowsOf(entries)) sheet.addRow(row);
  const border = { style: 'thin' as const };
  sheet.eachRow((row, index) => {
    if (index < 4) return;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...font, bold: index === 4 };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: index <= 5 ? 'center' : undefined };
      cell.border = { top: border, left: border, bottom: border, right: border };
    });
  });
  sheet.views = [{ state: 'frozen', ySplit: 5 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
