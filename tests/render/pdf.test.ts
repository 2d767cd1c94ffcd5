// Real Chromium, checked with poppler. CI installs chromium and poppler-utils (see .ci/run).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import { PdfPrinter } from '../../src/render/pdf/printer.js';
import { renderDocumentToFile } from '../../src/render/render-file.js';
import { upperVi } from '../../src/render/vietnamese/index.js';
import type { CompactDocument } from '../../src/kinds/model.js';
import type { RenderInput } from '../../src/render/view-model/types.js';
import { loadExamples } from './examples.js';
import { compact, config, longPlan } from './fixtures.js';
import { MM, findLine, pdfFonts, pdfInfo, pdfText, pdfWords } from './poppler.js';

const env = createTemplateEnvironment();
const outDir = mkdtempSync(join(tmpdir(), 'giaouoc-pdf-'));
let printer: PdfPrinter;

beforeAll(async () => {
  printer = await PdfPrinter.launch();
}, 60_000);

afterAll(async () => {
  await printer?.close();
});

async function toPdf(input: RenderInput, name: string): Promise<string> {
  return renderDocumentToFile({ ...input, sourceFile: join(outDir, `${name}.yaml`) }, { format: 'pdf', env, printer });
}

const PAGE_WIDTH = 210 * MM;

const examples = loadExamples();
const compactExample = examples.find((example) => example.relativePath === '2024/giao-uoc-khoi-thi-dua-1.yaml') ??
  examples.find((example) => example.document.kind === 'compact') ?? { document: compact(), config, sourceFile: 'g.yaml' };

describe('PDF of a compact', () => {
  let file: string;
  beforeAll(async () => {
    file = await toPdf(compactExample, 'compact');
  }, 60_000);

  it('is A4', () => {
    expect(pdfInfo(file)['Page size']).toBe('594.96 x 841.92 pts (A4)');
  });

  it('carries the exact national title, motto, date line and title, and the draft mark', () => {
    const text = pdfText(file);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toMatch(/Hà Nội, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    expect(text).toContain('GIAO ƯỚC THI ĐUA');
    expect(pdfText(file, 1)).toContain('DỰ THẢO');
    expect(pdfInfo(file).Title).toContain('GIAO ƯỚC THI ĐUA');
  });

  it('names every party and its chair in the signature grid', () => {
    const doc = compactExample.document as CompactDocument;
    const words = pdfWords(file).map((word) => word.text).join(' ');
    for (const party of doc.parties) {
      const unit = compactExample.config.units.find((entry) => entry.id === party)!;
      for (const word of upperVi(unit.name).split(' ')) expect(words).toContain(word);
      expect(pdfText(file)).toContain(unit.signatories![0]!.name);
    }
  });

  it('embeds Tinos only, every face', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
    }
  });

  it('keeps the left margin and puts the issuer left and the national title right on page 1', () => {
    const words = pdfWords(file);
    const leftmost = Math.min(...words.map((word) => word.xMin));
    expect(leftmost).toBeGreaterThanOrEqual(30 * MM - 0.5);
    const national = findLine(words, 1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    const motto = findLine(words, 1, 'Độc lập - Tự do - Hạnh phúc')!;
    const issuer = findLine(words, 1, 'KHỐI THI ĐUA I') ?? findLine(words, 1, upperVi(compactExample.config.units[0]!.name))!;
    expect((national.xMin + national.xMax) / 2).toBeGreaterThan(PAGE_WIDTH / 2);
    expect(motto.xMin).toBeGreaterThan(PAGE_WIDTH / 2 - 30 * MM);
    expect(national.xMax).toBeLessThanOrEqual(PAGE_WIDTH - 15 * MM + 0.5);
    expect(issuer.xMax).toBeLessThan(PAGE_WIDTH / 2);
    expect(issuer.yMax).toBeLessThan(60 * MM);
  });
});

describe('page numbers', () => {
  it('has none on page 1 and a centred one in the top margin of page 2', async () => {
    const file = await toPdf({ document: longPlan(), config, sourceFile: 'k.yaml' }, 'long');
    expect(Number(pdfInfo(file).Pages)).toBeGreaterThanOrEqual(3);
    const inTopMargin = (page: number) =>
      pdfWords(file).filter((word) => word.page === page && word.yMax <= 20 * MM && /^\d+$/.test(word.text));
    expect(inTopMargin(1)).toEqual([]);
    const [two] = inTopMargin(2);
    expect(two?.text).toBe('2');
    const textCentre = (30 * MM + (PAGE_WIDTH - 15 * MM)) / 2;
    expect(Math.abs((two!.xMin + two!.xMax) / 2 - textCentre)).toBeLessThan(3);
    expect(inTopMargin(3).map((word) => word.text)).toEqual(['3']);
  }, 60_000);
});

describe('a signed document', () => {
  it('has no draft mark, shows "(Đã ký)" and carries digest and commit in text and metadata', async () => {
    const digest = 'sha256:9f2c4e0b7a1d';
    const commit = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
    const file = await toPdf(
      { document: compact(), config, sourceFile: 'g.yaml', signatures: { complete: true, digest, commit } },
      'signed',
    );
    const text = pdfText(file);
    expect(text).not.toContain('DỰ THẢO');
    expect(text.match(/\(Đã ký\)/g)).toHaveLength(4);
    // A signed copy prints no trace line: the digest and commit live in the file's information.
    expect(text).not.toContain('Mã nội dung');
    const info = pdfInfo(file);
    expect(info.Keywords).toContain(`digest=${digest} commit=${commit}`);
    expect(info.Title).toBe('GIAO ƯỚC THI ĐUA Khối thi đua I năm 2024');
    expect(info.Producer).toMatch(/Skia/);
    expect(info.Author).toBe('KHỐI THI ĐUA I');
    expect(info.Creator).toBe('giaouoc');
  }, 60_000);
});

describe('every example', () => {
  it('prints in one batch, with the national title and Tinos only', async () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const path = await renderDocumentToFile(example, { format: 'pdf', env, printer, outDir, sourceRoot: 'examples' });
      expect(path).toBe(join(outDir, example.relativePath.replace(/\.ya?ml$/, '.pdf')));
      expect(pdfText(path, 1)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(pdfFonts(path).every((font) => font.embedded && /\+Tinos-/.test(font.name))).toBe(true);
    }
  }, 120_000);
});
