// Every example as DOCX, opened by LibreOffice (headless, converted to PDF), against the PDF that Chromium
// prints from the same templates: the same pages with the same words on them, in reading order. CI installs
// LibreOffice (libreoffice-writer-nogui), Chromium and poppler (see .ci/run).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemplateEnvironment } from '../../../src/render/environment.js';
import { PdfPrinter } from '../../../src/render/pdf/printer.js';
import { renderDocumentToFile } from '../../../src/render/render-file.js';
import { textWidthPt } from '../../../src/render/docx/measure.js';
import { loadExamples } from '../examples.js';
import { findLine, pdfInfo, pdfWords } from '../poppler.js';
import { wordsInReadingOrder } from './reading-order.js';
import { convertToPdf } from './soffice.js';

const env = createTemplateEnvironment();
const examples = loadExamples();
const work = mkdtempSync(join(tmpdir(), 'giaouoc-docx-lo-'));

/**
 * Where the two layouts may break pages differently, and why. Chromium lets a plan's timeline start at the
 * foot of a page with only its head row (and the heading and caption above it); LibreOffice, like Word, does
 * not leave a repeated head row alone and moves all three to the next page. The pages then hold different
 * lines, and the head row is repeated a different number of times, but no word is lost or reordered.
 */
const PAGE_BREAK_DIFFERS: Record<string, string> = {
  '2023/ke-hoach-cd-bo-noi-vu.yaml': 'the timeline head row at the foot of page 2',
  // LibreOffice wraps "Thứ hai" one line longer than Chromium (it breaks before “Lao động sáng tạo”); with the
  // one-line upper body of the wider header column, page 1 then ends one line earlier.
  '2021/giao-uoc-khoi-thi-dua-1.yaml': 'the second commitment wraps one line longer in LibreOffice',
};

interface Pair {
  relativePath: string;
  chromium: string;
  libreoffice: string;
}

const pairs: Pair[] = [];
let printer: PdfPrinter;

beforeAll(async () => {
  printer = await PdfPrinter.launch();
  const chromiumDir = join(work, 'chromium');
  const docxDir = join(work, 'docx');
  mkdirSync(docxDir, { recursive: true });
  const docxFiles: string[] = [];
  for (const example of examples) {
    const chromium = await renderDocumentToFile(example, { format: 'pdf', env, printer, outDir: chromiumDir, sourceRoot: 'examples' });
    // One flat folder for LibreOffice: 2021/x.yaml and 2024/x.yaml must not share a name.
    const flat = { ...example, sourceFile: join(docxDir, example.relativePath.replace(/\//g, '__')) };
    docxFiles.push(await renderDocumentToFile(flat, { format: 'docx', env, outDir: docxDir }));
    pairs.push({ relativePath: example.relativePath, chromium, libreoffice: '' });
  }
  const converted = convertToPdf(docxFiles, join(work, 'libreoffice'));
  converted.forEach((file, index) => (pairs[index]!.libreoffice = file));
}, 300_000);

afterAll(async () => {
  await printer?.close();
});

/** The pages as one flow, without the page numbers at their tops, to compare flows that break differently. */
function flow(pages: string[][]): string[] {
  return pages.flatMap((words, index) => (index > 0 && words[0] === String(index + 1) ? words.slice(1) : words));
}

/** The words of a timeline's head row, dropped wherever they repeat. */
function withoutRepeatedHeads(words: string[]): string[] {
  const head = ['Thời', 'gian', 'Nội', 'dung', 'Đơn', 'vị', 'chủ', 'trì', 'Đơn', 'vị', 'phối', 'hợp'];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (head.every((word, k) => words[i + k] === word)) i += head.length - 1;
    else out.push(words[i]!);
  }
  return out;
}

describe('every example as DOCX, through LibreOffice', () => {
  it('converts', () => {
    expect(pairs.length).toBe(examples.length);
    expect(pairs.length).toBeGreaterThan(0);
  });

  it('has the page count of the Chromium PDF', () => {
    for (const pair of pairs) {
      expect(pdfInfo(pair.libreoffice).Pages, pair.relativePath).toBe(pdfInfo(pair.chromium).Pages);
    }
  });

  it('has the same words on the same pages, in the same order', () => {
    for (const pair of pairs) {
      const docx = wordsInReadingOrder(pair.libreoffice);
      const pdf = wordsInReadingOrder(pair.chromium);
      if (PAGE_BREAK_DIFFERS[pair.relativePath]) {
        expect(withoutRepeatedHeads(flow(docx)), pair.relativePath).toEqual(withoutRepeatedHeads(flow(pdf)));
      } else {
        expect(docx.map((page) => page.join(' ')), pair.relativePath).toEqual(pdf.map((page) => page.join(' ')));
      }
    }
  });

  it('uses a metric twin of Times New Roman and draws the header where the PDF has it', () => {
    const pair = pairs.find((entry) => entry.relativePath.includes('giao-uoc'))!;
    const words = pdfWords(pair.libreoffice);
    const national = findLine(words, 1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    const reference = findLine(pdfWords(pair.chromium), 1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    expect(Math.abs(national.xMin - reference.xMin)).toBeLessThan(2);
    expect(Math.abs(national.yMin - reference.yMin)).toBeLessThan(2);
  });
});

describe('the text widths used for the motto rule and the draft box', () => {
  it('match the width Chromium prints the motto with', () => {
    const pair = pairs[0]!;
    const motto = findLine(pdfWords(pair.chromium), 1, 'Độc lập - Tự do - Hạnh phúc')!;
    const spec = env.profile.header.motto;
    const estimate = textWidthPt('Độc lập - Tự do - Hạnh phúc', spec.size, spec.bold);
    expect(Math.abs(estimate - (motto.xMax - motto.xMin)) / estimate).toBeLessThan(0.02);
  });
});
