// Organisations change, documents must not: giaouoc.yaml is changed in every way the 2025 reorganisation
// changed real registries — a new chair, a unit dissolved, renamed, moved under another upper body, an id
// renamed — and every historical example still validates and prints exactly as it did (HTML of all of them,
// the PDF text of some, through real Chromium and poppler).
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { RepositoryConfig, Unit } from '../../src/kinds/model.js';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import { renderHtml } from '../../src/render/html.js';
import { PdfPrinter } from '../../src/render/pdf/printer.js';
import { renderDocumentToFile } from '../../src/render/render-file.js';
import { validateRepository } from '../../src/validate/run.js';
import { examplesDir, loadExamples, type ExampleInput } from './examples.js';
import { pdfText } from './poppler.js';

const env = createTemplateEnvironment();
const examples = loadExamples();
const original = examples[0].config;

function unit(config: RepositoryConfig, id: string): Unit {
  return config.units.find((entry) => entry.id === id)!;
}

/** Every change recorded the way the registry records time: dated, after the documents. */
export function changedRegistry(config: RepositoryConfig): RepositoryConfig {
  const next = structuredClone(config);
  // A new chair of Công đoàn Bộ Nội vụ from May 2025, listed first; the old chair's term ends that day.
  const noiVu = unit(next, 'cd-bo-noi-vu');
  noiVu.signatories![0].until = '2025-05-01';
  noiVu.signatories!.unshift({ name: 'Trần Văn Mới', title: 'Chủ tịch', authority: 'TM. BAN CHẤP HÀNH', from: '2025-05-01' });
  // Moved under another upper body, renamed, given a new code.
  noiVu.changes = [{ date: '2025-06-01', upper: 'tld', name: 'Công đoàn Bộ Nội vụ (mới)', code: 'CĐNV' }];
  // Dissolved earlier than recorded, with a successor.
  unit(next, 'cd-bo-khcn').end = { date: '2025-01-15', decision: '01/QĐ-THỬ' };
  unit(next, 'cd-bo-khcn').successors = [{ unit: 'cd-bo-noi-vu', relation: 'thay thế bởi' }];
  // The upper union renamed and its place changed.
  unit(next, 'cdvc').changes = [{ date: '2025-02-01', name: 'Công đoàn Viên chức (tên mới)', short: 'CĐVC mới' }];
  unit(next, 'cd-ubmttq-tinh').changes = [{ date: '2025-01-01', upper: 'ldld-tinh', name: 'Công đoàn Mặt trận (tên mới)', place: 'Vị Thanh' }];
  // An id renamed: documents and bloc entries keep the old id, which still names the unit.
  const ngoaiGiao = unit(next, 'cd-bo-ngoai-giao');
  ngoaiGiao.id = 'cd-ngoai-giao';
  ngoaiGiao.formerIds = ['cd-bo-ngoai-giao'];
  return next;
}

describe('the historical examples after the registry changes', () => {
  const changed = changedRegistry(original);
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'giaouoc-history-'));
    await cp(examplesDir, root, { recursive: true });
    await writeFile(join(root, 'giaouoc.yaml'), stringify(changed));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('every document still validates under the changed registry', async () => {
    const run = await validateRepository({ cwd: root, paths: [], cache: false });
    expect(run.issues).toEqual([]);
  });

  for (const example of examples) {
    it(`${example.relativePath} prints the same HTML`, () => {
      expect(renderHtml({ ...example, config: changed }, env)).toBe(renderHtml(example, env));
    });
  }

  it('the test can fail: the same edits made in place, without dates, do change what old documents print', () => {
    const inPlace = structuredClone(original);
    unit(inPlace, 'cd-bo-noi-vu').name = 'Công đoàn Bộ Nội vụ (mới)';
    unit(inPlace, 'cd-bo-noi-vu').signatories!.unshift({ name: 'Trần Văn Mới', title: 'Chủ tịch' });
    const plan = examples.find((example) => example.relativePath === '2023/ke-hoach-cd-bo-noi-vu.yaml')!;
    const html = renderHtml({ ...plan, config: inPlace }, env);
    expect(html).toContain('Trần Văn Mới');
    expect(html).not.toBe(renderHtml(plan, env));
  });
});

describe('PDF text of historical examples after the registry changes', () => {
  let printer: PdfPrinter;
  let outDir: string;
  const changed = changedRegistry(original);
  const chosen = ['2021/giao-uoc-khoi-thi-dua-1.yaml', '2023/ke-hoach-cd-bo-noi-vu.yaml', '2024/giao-uoc-cd-ubmttq-tinh.yaml'];

  beforeAll(async () => {
    printer = await PdfPrinter.launch();
    outDir = await mkdtemp(join(tmpdir(), 'giaouoc-history-pdf-'));
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
    await rm(outDir, { recursive: true, force: true });
  });

  const pdf = (example: ExampleInput, config: RepositoryConfig, name: string) =>
    renderDocumentToFile({ ...example, config, sourceFile: join(outDir, `${name}.yaml`) }, { format: 'pdf', env, printer });

  for (const path of chosen) {
    it(`${path}: the same words on the page`, async () => {
      const example = examples.find((entry) => entry.relativePath === path)!;
      const stem = path.replace(/[/.]/g, '-');
      const before = pdfText(await pdf(example, original, `${stem}-before`));
      expect(before).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(pdfText(await pdf(example, changed, `${stem}-after`))).toBe(before);
    }, 60_000);
  }
});
