// Real union documents, typed in from their public sources (tests/fixtures/real/SOURCES.md), printed to PDF with
// Chromium and read back with pdftotext: every line of the original's body must appear, in order, with the
// original's own marker (I -, 1., 1.1, –, +, •) and punctuation.
// Each print is also held against the layout profile (render --check).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { RepositoryConfig } from '../../src/kinds/model.js';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import { PdfPrinter } from '../../src/render/pdf/printer.js';
import { checkPdfFile } from '../../src/render/check/index.js';
import { renderDocumentToFile } from '../../src/render/render-file.js';
import { buildViewModel } from '../../src/render/view-model/index.js';
import type { RenderableDocument } from '../../src/render/view-model/types.js';
import { MM, pdfWords } from './poppler.js';

const realDir = fileURLToPath(new URL('../fixtures/real/', import.meta.url));

interface RealDocument {
  name: string;
  /** The original's body: from the line starting with `from` to the line starting with `to` (or before `until`). */
  from: string;
  to?: string;
  /** The capture ends inside the last line: compare it up to its last full sentence. */
  cut?: boolean;
  /** What `render --check` rightly reports on the print because the author wrote it so. */
  findings?: string[];
  /** The body ends on the line before the one starting with this (the capture is cut inside that item). */
  until?: string;
  /** A folder of its own (with its giaouoc.yaml) below tests/fixtures/real. */
  dir?: string;
  /**
   * The body is a table: pdftotext reads a ruled table column block by column block, so each cell must be printed
   * and the content cells (the long ones) must keep their order; short cells (numbers, points) only be printed.
   */
  table?: boolean;
}

const DOCUMENTS: RealDocument[] = [
  { name: 'ke-hoach-nam-hoc-thpt-ngoc-to', from: '- Căn cứ điều lệ', to: '1. Làm tốt công tác', cut: true },
  { name: 'ke-hoach-thang-mn-2-hue', from: 'I. TÌNH HÌNH', to: '- Hoàn thành hồ sơ trao thưởng' },
  { name: 'ke-hoach-theo-quy-mn-son-ca', from: '- Căn cứ vào phương hướng', to: '4. Vận động chị em' },
  { name: 'bao-cao-tong-ket-thcs-tran-phu', from: 'Thực hiện Nghị quyết', to: '– Hội nghị CB, CC, VC' },
  { name: 'huong-dan-1217-tld', from: 'Thực hiện Luật Thi đua', to: '1.1 Trong một năm' },
  // The author ends with "6/6/2011. /.": printed as written, so the end mark is not the official "./.".
  { name: 'thong-bao-ky-niem-chuong-vnua', from: 'Thực hiện công văn số 436', to: 'Việc tiến hành công tác', findings: ['end-mark'] },
  { name: 'quyet-dinh-933-tld', from: 'ĐOÀN CHỦ TỊCH', to: 'Điều 3.' },
  { name: 'ke-hoach-nam-hoc-thcs-luc-ba', from: 'PHẦN 1:', to: '+ Số đoàn viên đạt danh hiệu' },
  { name: 'cong-van-64-ldld-ly-nhan', from: 'Căn cứ Luật Công đoàn năm 2012', to: '1. Đăng ký thi đua' },
  { name: 'cong-van-779-cd-buu-dien', from: 'Căn cứ Quyết định số 777', to: 'b- Đạt danh hiệu' },
  // The form's own type line, then its typed criteria table with the form's six columns and "35 đ" points.
  { name: 'bang-cham-diem-ldld-quan-11', dir: 'more', from: 'BẢNG CHẤM ĐIỂM', until: '4.', table: true },
  // The title, then the opening "Thực hiện …, … như sau:" and the author's "I." and "-".
  { name: 'ke-hoach-tet-ldld-yen-dinh', dir: 'more', from: 'KẾ HOẠCH', until: '- Huy động' },
  // Markers "I", "1", "*" without a dot, as the capture has them.
  { name: 'bien-ban-binh-xet-thi-dua-mn-my-hung', dir: 'more', from: 'BIÊN BẢN HỌP', until: 'Căn cứ vào tình hình thực tế của' },
];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The original's body lines, white space collapsed, the scraper's literal "\r\n" removed. */
export function originalBody(doc: RealDocument): string[] {
  const lines = readFileSync(join(realDir, 'originals', `${doc.name}.txt`), 'utf8')
    .split('\n')
    .map((line) => collapse(line.replaceAll('\\r\\n', '')))
    .filter(Boolean);
  const start = lines.findIndex((line) => line.startsWith(doc.from));
  const end = doc.until
    ? lines.findIndex((line, index) => index > start && line.startsWith(doc.until!)) - 1
    : lines.findIndex((line, index) => index >= start && line.startsWith(doc.to!));
  if (start < 0 || end < start) throw new Error(`${doc.name}: body anchors not found in the original`);
  const body = lines.slice(start, end + 1);
  if (doc.cut) body[body.length - 1] = body[body.length - 1]!.replace(/^(.*\.) .*$/u, '$1');
  return body;
}

/**
 * The PDF's words in reading order, without the page numbers in the top margin. Words, not pdftotext's plain
 * text: that joins a line ending in "-" to the next and drops the hyphen ("Covid-" + "19" → "Covid19").
 */
function pdfBodyText(file: string): string {
  const words = pdfWords(file).filter((word) => word.yMax > 15 * MM);
  let text = '';
  words.forEach((word, index) => {
    const previous = words[index - 1];
    // The browser may break a line after the hyphen of a word ("Covid-" | "19"): the word is whole again.
    const split = previous && previous.text.length > 1 && previous.text.endsWith('-') && Math.abs(previous.yMin - word.yMin) > 2;
    text += (index === 0 || split ? '' : ' ') + word.text;
  });
  return collapse(text);
}

const env = createTemplateEnvironment();
const configOf = (dir = '') => parse(readFileSync(join(realDir, dir, 'giaouoc.yaml'), 'utf8')) as RepositoryConfig;
const config = configOf();
const outDir = mkdtempSync(join(tmpdir(), 'giaouoc-real-'));
let printer: PdfPrinter;

beforeAll(async () => {
  printer = await PdfPrinter.launch();
}, 60_000);

afterAll(async () => {
  await printer?.close();
});

describe('real documents print with the original body, words, order and markers', () => {
  it.each(DOCUMENTS)('$name', async (doc) => {
    const document = parse(readFileSync(join(realDir, doc.dir ?? '', `${doc.name}.yaml`), 'utf8')) as RenderableDocument;
    const input = { document, config: configOf(doc.dir), sourceFile: join(outDir, `${doc.name}.yaml`) };
    const file = await renderDocumentToFile(input, { format: 'pdf', env, printer });
    const text = pdfBodyText(file);
    let at = 0;
    const body = originalBody(doc);
    expect(body.length).toBeGreaterThan(3);
    for (const line of body) {
      if (doc.table && line.length < 20) {
        expect(text, `${doc.name}: cell “${line}”`).toContain(line);
        continue;
      }
      const found = text.indexOf(line, at);
      expect(found, `${doc.name}: “${line}” after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + line.length;
    }
    // The layout profile's print check finds nothing the author did not write.
    const findings = await checkPdfFile(file, buildViewModel(input, env.profile), env.profile);
    expect(findings.map((finding) => finding.code)).toEqual(doc.findings ?? []);
  }, 60_000);

  // A number the original leaves blank, with a symbol of the school's own (BBTĐ, not NĐ 30's BB), prints as it does.
  it('prints a blank number with the symbol the original has', async () => {
    const dir = 'more';
    const document = parse(readFileSync(join(realDir, dir, 'bien-ban-binh-xet-thi-dua-mn-my-hung.yaml'), 'utf8')) as RenderableDocument;
    const file = await renderDocumentToFile({ document, config: configOf(dir), sourceFile: join(outDir, 'bb-my-hung.yaml') }, { format: 'pdf', env, printer });
    const words = pdfWords(file);
    const label = words.find((word) => word.text === 'Số:')!;
    const symbol = words.find((word) => word.text === '/BBTĐ-MNMH')!;
    expect(Math.abs(label.yMin - symbol.yMin)).toBeLessThan(1);
    // Room to write the number by hand between the label and the symbol.
    expect(symbol.xMin - label.xMax).toBeGreaterThan(6 * MM);
    const original = readFileSync(join(realDir, 'originals', 'bien-ban-binh-xet-thi-dua-mn-my-hung.txt'), 'utf8');
    expect(original).toContain('Số: /BBTĐ-MNMH');
  }, 60_000);

  // A capture that stops before the signer's name gives no name: the print shows the authority line it has and
  // nothing more, never a guessed person, title or committee line.
  it('prints only the signature lines the capture shows', async () => {
    const document = parse(readFileSync(join(realDir, 'quyet-dinh-933-tld.yaml'), 'utf8')) as RenderableDocument;
    const file = await renderDocumentToFile({ document, config, sourceFile: join(outDir, 'qd-933.yaml') }, { format: 'pdf', env, printer });
    const text = pdfBodyText(file);
    expect(text).toMatch(/thi hành Quyết định này\.\/\. TM\. ĐOÀN CHỦ TỊCH$/u);
    expect(text).not.toContain('…');
    expect(text).not.toContain('Nguyễn Đình Khang');
  }, 60_000);

  // An original whose capture has no signature block prints none: no default committee line, no empty title.
  const sourceOf = (doc: RealDocument) => parse(readFileSync(join(realDir, doc.dir ?? '', `${doc.name}.yaml`), 'utf8')) as RenderableDocument;
  it.each(DOCUMENTS.filter((doc) => (sourceOf(doc) as { signature?: unknown }).signature === false))(
    '$name prints no signature block',
    async (doc) => {
      const input = { document: sourceOf(doc), config: configOf(doc.dir), sourceFile: join(outDir, `${doc.name}-unsigned.yaml`) };
      expect(buildViewModel(input, env.profile).signatures.cells).toEqual([]);
      const file = await renderDocumentToFile(input, { format: 'pdf', env, printer });
      const text = pdfBodyText(file);
      expect(text).not.toContain('TM. BAN CHẤP HÀNH');
      // Nothing after the body's end mark: no authority, title, blank for a name or recipients the original lacks.
      expect(text).toMatch(/\/\.$/u);
    },
    60_000,
  );
});
