// Several addressees as NĐ 30/2020 Phụ lục I (II.9.d) lays them out: “Kính gửi:” on its own line, then one line each
// whose dashes stand in one column under its colon — measured on the PDF Chromium prints and on the DOCX printed
// through LibreOffice, not on the HTML.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToPdf } from '../../src/render/check/index.js';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import { renderHtml } from '../../src/render/html.js';
import { renderDocumentToFile } from '../../src/render/render-file.js';
import type { RenderableDocument } from '../../src/render/view-model/types.js';
import { config } from './fixtures.js';
import { pdfWords } from './poppler.js';
import { usePrinter } from './printer.js';

const env = createTemplateEnvironment();
const outDir = mkdtempSync(join(tmpdir(), 'giaouoc-addressees-'));
const printer = usePrinter();

const letter = (to: string[]) =>
  ({
    kind: 'document', type: 'cong-van', year: 2024, issuer: 'cd-khdt', number: '12/CĐBKHĐT-VP', date: '2024-05-02',
    subject: 'Đăng ký thi đua năm 2024', to, body: ['Công đoàn Bộ đề nghị các đơn vị đăng ký thi đua.'],
  }) as unknown as RenderableDocument;

const SEVERAL = ['Ban Thường vụ Công đoàn Viên chức Việt Nam', 'Các công đoàn cơ sở trực thuộc', 'Ban Nữ công'];

/** The x of “Kính gửi:”'s colon and of each addressee's dash, in points, on the first page. */
function columns(file: string): { colon: number; dashes: number[]; labelLeft: number } {
  const words = pdfWords(file).filter((word) => word.page === 1);
  const label = words.find((word) => word.text === 'gửi:')!;
  const dashes = words.filter((word) => word.text === '-' && word.yMin > label.yMin && word.yMin < label.yMin + 4 * 16);
  return { colon: label.xMax - (label.xMax - label.xMin) / 4, dashes: dashes.map((word) => word.xMin), labelLeft: words.find((word) => word.text === 'Kính' && Math.abs(word.yMin - label.yMin) < 1)!.xMin };
}

describe('several addressees', () => {
  it('are one block in HTML; one addressee stays on the “Kính gửi:” line', () => {
    const html = renderHtml({ document: letter(SEVERAL), config, sourceFile: 'cv.yaml' }, env);
    expect(html).toContain('<div class="to-list"><div class="to-list-inner">\n<p class="to">Kính gửi:</p>\n<p class="to to-item">- Ban Thường vụ Công đoàn Viên chức Việt Nam;</p>');
    const one = renderHtml({ document: letter(SEVERAL.slice(0, 1)), config, sourceFile: 'cv.yaml' }, env);
    expect(one).toContain('<p class="to">Kính gửi: Ban Thường vụ Công đoàn Viên chức Việt Nam</p>');
    expect(one).not.toContain('class="to-list"');
  });

  it('stand with their dashes in one column under the colon, in the PDF and in Word', async () => {
    const input = { document: letter(SEVERAL), config, sourceFile: join(outDir, 'cv.yaml') };
    const pdf = await renderDocumentToFile(input, { format: 'pdf', env, printer: printer() });
    const docx = await renderDocumentToFile({ ...input, sourceFile: join(outDir, 'word', 'cv.yaml') }, { format: 'docx', env });
    const converted = join(outDir, 'word-pdf');
    mkdirSync(converted, { recursive: true });
    const [word] = await docxToPdf([docx], converted);
    for (const file of [pdf, word!]) {
      const { colon, dashes, labelLeft } = columns(file);
      expect(dashes, file).toHaveLength(3);
      for (const x of dashes) expect(Math.abs(x - dashes[0]!), file).toBeLessThan(0.5);
      // The dash falls under the colon (within the colon's own width), and the block is not flush left.
      expect(Math.abs(dashes[0]! - colon), file).toBeLessThan(3);
      expect(labelLeft, file).toBeGreaterThan(30 / 25.4 * 72 + 10);
    }
  }, 120_000);
});
