// Reads a printed PDF back into what a clerk looks at: per page its size, its lines of text (joined from the
// glyph runs pdf.js reports) and its thin horizontal rules. Coordinates are in points from the page's top left,
// so they compare directly with the layout profile's margins.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';

export interface TextLine {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  /** Distance of the baseline from the page's top. */
  baseline: number;
  /** Font size in points. */
  size: number;
  bold: boolean;
}

export interface Rule {
  page: number;
  xMin: number;
  xMax: number;
  /** Middle of the rule, from the page's top. */
  y: number;
  thickness: number;
}

export interface PageLayout {
  number: number;
  width: number;
  height: number;
  lines: TextLine[];
  rules: Rule[];
}

export interface PdfLayout {
  pages: PageLayout[];
  /** Document information: Title, Author, Subject, Keywords, Creator … */
  info: Record<string, string>;
  /** The catalog's /Lang, when present. */
  lang?: string;
  /** Names of fonts drawn on some page without their font program in the file. */
  notEmbedded: string[];
}

interface RawItem {
  str: string;
  x: number;
  baseline: number;
  width: number;
  size: number;
  bold: boolean;
}

/** A horizontal shape thinner than this is a rule, not a box or a table's background. */
const RULE_MAX_THICKNESS = 2.5;
const RULE_MIN_LENGTH = 8;

export async function readPdfLayout(bytes: Uint8Array): Promise<PdfLayout> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc: PDFDocumentProxy = await pdfjs.getDocument({
    data: bytes,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
  }).promise;
  try {
    const pages: PageLayout[] = [];
    const notEmbedded = new Set<string>();
    for (let number = 1; number <= doc.numPages; number++) {
      pages.push(await readPage(await doc.getPage(number), number, pdfjs.OPS, notEmbedded));
    }
    const metadata = await doc.getMetadata();
    const info: Record<string, string> = {};
    for (const [key, value] of Object.entries((metadata.info ?? {}) as Record<string, unknown>)) {
      if (typeof value === 'string') info[key] = value;
    }
    const lang = typeof info.Language === 'string' ? info.Language : undefined;
    return { pages, info, lang, notEmbedded: [...notEmbedded].sort() };
  } finally {
    await doc.destroy();
  }
}

async function readPage(page: PDFPageProxy, number: number, OPS: Record<string, number>, notEmbedded: Set<string>): Promise<PageLayout> {
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const height = y1 - y0;
  const operators = await page.getOperatorList();
  const rules = rulesOf(operators.fnArray, operators.argsArray, OPS, number, y1);
  const content = await page.getTextContent({ disableNormalization: false });
  const fonts = new Map<string, { bold: boolean }>();
  for (const name of new Set(content.items.map((item) => ('fontName' in item ? item.fontName : '')))) {
    if (!name) continue;
    const font = page.commonObjs.has(name) ? (page.commonObjs.get(name) as { name?: string; missingFile?: boolean }) : undefined;
    const fontName = font?.name ?? name;
    if (font?.missingFile) notEmbedded.add(fontName.replace(/^[A-Z]{6}\+/, ''));
    fonts.set(name, { bold: /bold/i.test(fontName) });
  }
  const items: RawItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, , , e, f] = item.transform as number[];
    items.push({
      str: item.str,
      x: e! - x0,
      baseline: y1 - f!,
      width: item.width,
      size: Math.hypot(a!, b!),
      bold: fonts.get(item.fontName)?.bold ?? false,
    });
  }
  return { number, width: x1 - x0, height, lines: linesOf(items, number), rules };
}

/** Glyph runs on one baseline, split where a gap wider than two ems separates columns. */
function linesOf(items: RawItem[], page: number): TextLine[] {
  // Spaces are left out: a space run may span the gap between two columns; word gaps are found from positions.
  const sorted = items.filter((item) => item.str.trim() !== '').sort((p, q) => p.baseline - q.baseline || p.x - q.x);
  const rows: RawItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.baseline - item.baseline) < 0.25 * Math.max(item.size, row[0]!.size)) row.push(item);
    else rows.push([item]);
  }
  const lines: TextLine[] = [];
  for (const row of rows) {
    row.sort((p, q) => p.x - q.x);
    let current: RawItem[] = [];
    const flush = () => {
      if (current.length > 0) lines.push(lineOf(current, page));
      current = [];
    };
    for (const item of row) {
      const last = current[current.length - 1];
      if (last && item.x - (last.x + last.width) > 2 * Math.max(item.size, last.size)) flush();
      current.push(item);
    }
    flush();
  }
  return lines.filter((line) => line.text.trim() !== '');
}

function lineOf(items: RawItem[], page: number): TextLine {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (text && gap > 0.15 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = Math.max(end, item.x + item.width);
  }
  const visible = items.filter((item) => item.str.trim() !== '');
  const main = visible.reduce((best, item) => (item.str.length > best.str.length ? item : best), visible[0] ?? items[0]!);
  return {
    page,
    text: text.replace(/\s+/g, ' ').trim().normalize('NFC'),
    xMin: Math.min(...visible.map((item) => item.x)),
    xMax: Math.max(...visible.map((item) => item.x + item.width)),
    baseline: items[0]!.baseline,
    size: main.size,
    bold: visible.some((item) => item.bold) && visible.every((item) => item.bold || item.str.trim() === ''),
  };
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Filled thin rectangles (Chromium's borders) and stroked horizontal lines (LibreOffice's) as rules. */
function rulesOf(fns: number[], args: unknown[][], OPS: Record<string, number>, page: number, top: number): Rule[] {
  const rules: Rule[] = [];
  const stack: Array<{ ctm: Matrix; lineWidth: number }> = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let lineWidth = 1;
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i];
    const arg = args[i] as unknown[];
    if (fn === OPS.save) stack.push({ ctm, lineWidth });
    else if (fn === OPS.restore) ({ ctm, lineWidth } = stack.pop() ?? { ctm, lineWidth });
    else if (fn === OPS.transform) ctm = multiply(ctm, arg as Matrix);
    else if (fn === OPS.setLineWidth) lineWidth = arg[0] as number;
    else if (fn === OPS.constructPath) {
      const paint = arg[0] as number;
      const box = arg[2] as ArrayLike<number> | null;
      if (!box || !(fills.has(paint) || strokes.has(paint))) continue;
      const [ax, ay] = apply(ctm, box[0]!, box[1]!);
      const [bx, by] = apply(ctm, box[2]!, box[3]!);
      const scale = Math.hypot(ctm[2], ctm[3]);
      const pen = strokes.has(paint) ? lineWidth * scale : 0;
      const xMin = Math.min(ax, bx);
      const xMax = Math.max(ax, bx);
      const thickness = Math.abs(by - ay) + pen;
      if (thickness <= RULE_MAX_THICKNESS && xMax - xMin >= RULE_MIN_LENGTH) {
        rules.push({ page, xMin, xMax, y: top - (ay + by) / 2, thickness });
      }
    }
  }
  return rules;
}
