// A one-sheet XLSX (SpreadsheetML, ECMA-376) written directly: the register needs text and number cells, six cell
// styles, column widths, row heights, merged title rows, a frozen header and an A4 landscape print setup — a few
// XML parts in a zip (fflate, already installed with docx) instead of a spreadsheet library and its ~80 packages.

import { zipSync, strToU8 } from 'fflate';

/** The register's cell styles, by index into `cellXfs` below. */
export const XLSX_STYLE = { plain: 0, body: 1, title: 2, heading: 3, columnHead: 4, ordinal: 5 } as const;
export type XlsxStyle = (typeof XLSX_STYLE)[keyof typeof XLSX_STYLE];

export interface XlsxCell {
  value: string | number;
  style: XlsxStyle;
}

export interface XlsxRow {
  /** 1-based row number; rows in between stay empty. */
  index: number;
  cells: XlsxCell[];
  /** Height in points, given because spreadsheet programs do not all grow a row to its wrapped text. */
  height?: number;
}

export interface XlsxSheet {
  name: string;
  /** Column widths in characters; each column's empty cells take `columnStyle`. */
  widths: readonly number[];
  columnStyle: XlsxStyle;
  rows: readonly XlsxRow[];
  /** Rows merged across every column (the title lines). */
  mergedRows: readonly number[];
  /** Rows above this one stay in view while scrolling and print on every page. */
  frozenRows: readonly [first: number, last: number];
  creator: string;
  /** Written as the file's creation time, so the same register gives the same bytes. */
  created: Date;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function xlsxWorkbook(sheet: XlsxSheet): Buffer {
  const stamp = sheet.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'docProps/core.xml': `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xml(sheet.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`,
    'xl/workbook.xml': workbookXml(sheet),
    'xl/_rels/workbook.xml.rels': `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': sheetXml(sheet),
  };
  const files = Object.fromEntries(Object.entries(parts).map(([path, text]) => [path, [strToU8(text), { mtime: sheet.created }] as const]));
  return Buffer.from(zipSync(files as Parameters<typeof zipSync>[0], { level: 6 }));
}

function workbookXml(sheet: XlsxSheet): string {
  const [first, last] = sheet.frozenRows;
  const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
  return `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${xml(sheet.name)}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">${xml(`${quoted}!$${first}:$${last}`)}</definedName></definedNames></workbook>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const lastColumn = columnName(sheet.widths.length);
  const lastRow = Math.max(1, ...sheet.rows.map((row) => row.index));
  const below = sheet.frozenRows[1];
  const cols = sheet.widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" style="${sheet.columnStyle}" customWidth="1"/>`).join('');
  const rows = [...sheet.rows]
    .sort((a, b) => a.index - b.index)
    .map((row) => {
      const height = row.height === undefined ? '' : ` ht="${row.height.toFixed(2)}" customHeight="1"`;
      const cells = row.cells.map((cell, i) => cellXml(`${columnName(i + 1)}${row.index}`, cell)).join('');
      return `<row r="${row.index}"${height}>${cells}</row>`;
    })
    .join('');
  const merges = sheet.mergedRows.map((row) => `<mergeCell ref="A${row}:${lastColumn}${row}"/>`).join('');
  return (
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${lastColumn}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${below}" topLeftCell="A${below + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${below + 1}" sqref="A${below + 1}"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15.75"/><cols>${cols}</cols><sheetData>${rows}</sheetData>` +
    (merges ? `<mergeCells count="${sheet.mergedRows.length}">${merges}</mergeCells>` : '') +
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`
  );
}

/** Text as an inline string (never a formula, whatever it starts with); a finite number as a number. */
function cellXml(ref: string, cell: XlsxCell): string {
  if (typeof cell.value === 'number' && Number.isFinite(cell.value)) return `<c r="${ref}" s="${cell.style}"><v>${cell.value}</v></c>`;
  const text = String(cell.value);
  if (text === '') return `<c r="${ref}" s="${cell.style}"/>`;
  return `<c r="${ref}" s="${cell.style}" t="inlineStr"><is><t xml:space="preserve">${xml(text)}</t></is></c>`;
}

/** `1` → `A`, `27` → `AA`. */
function columnName(index: number): string {
  let name = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Escapes markup and drops what XML 1.0 cannot hold at all (control characters, lone surrogates), so a hostile
 *  subject line cannot make the file unreadable. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

// Fonts: 0 Times New Roman 12, 1 the same bold, 2 bold 14. Borders: 0 none, 1 thin on four sides.
// Cell styles (XLSX_STYLE): plain, body (ruled, top, wrapped), title (bold, left), heading (bold 14, centred),
// column head (bold, ruled, centred), ordinal (ruled, centred).
const STYLES =
  `${DECL}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="3"><font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="14"/><name val="Times New Roman"/><family val="1"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="left" vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
