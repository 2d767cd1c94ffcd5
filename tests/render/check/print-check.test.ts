// The print check against real prints: every example and two sweeps (a report lengthened one line at a time
// through more than a page, a compact lengthened until its grid and witness cross a page) as PDF from Chromium,
// and the examples as DOCX through LibreOffice. Zero findings is the bar; a deliberately broken stylesheet
// shows that the check does find what an office would send back.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdfFile, docxToPdf, printFindingText, type PrintFinding } from '../../../src/render/check/index.js';
import { createTemplateEnvironment, builtinTemplatesDir, type TemplateEnvironment } from '../../../src/render/environment.js';
import { PdfPrinter } from '../../../src/render/pdf/printer.js';
import { renderDocumentToFile } from '../../../src/render/render-file.js';
import { breakAllowed } from '../../../src/render/name-lines.js';
import { buildViewModel } from '../../../src/render/view-model/index.js';
import type { RenderInput } from '../../../src/render/view-model/types.js';
import { loadExamples } from '../examples.js';
import { compact, config, report } from '../fixtures.js';

const env = createTemplateEnvironment();
const outDir = mkdtempSync(join(tmpdir(), 'giaouoc-check-'));
let printer: PdfPrinter;

beforeAll(async () => {
  printer = await PdfPrinter.launch();
}, 60_000);

afterAll(async () => {
  await printer?.close();
});

interface Printed {
  name: string;
  file: string;
  input: RenderInput;
}

async function print(input: RenderInput, name: string, format: 'pdf' | 'docx', environment: TemplateEnvironment = env): Promise<Printed> {
  const file = await renderDocumentToFile({ ...input, sourceFile: join(outDir, format, `${name}.yaml`) }, { format, env: environment, printer });
  return { name, file, input };
}

/** Findings as readable lines, so a failure shows page, rule and measured number. */
function described(name: string, findings: PrintFinding[]): string[] {
  return findings.map((finding) => `${name}: trang ${finding.page} ${printFindingText(finding, 'vi')} [${finding.code}]`);
}

async function findingsOf(printed: Printed[], pdfs = printed.map((item) => item.file), environment = env): Promise<string[]> {
  const lines: string[] = [];
  for (const [index, item] of printed.entries()) {
    lines.push(...described(item.name, await checkPdfFile(pdfs[index]!, buildViewModel(item.input, environment.profile), environment.profile)));
  }
  return lines;
}

const examples = loadExamples();

/** About one printed line of body text at 14 pt on the 165 mm text width. */
const LINE = 'công đoàn tiếp tục vận động đoàn viên tham gia phong trào thi đua yêu nước của cơ quan';

function words(lines: number): string {
  return Array.from({ length: lines }, () => LINE).join(', ');
}

/** A report whose limitations grow by `lines` lines, with a paragraph of three lines after them. */
function sweptReport(lines: number) {
  return report({
    limitations: ['Một số hoạt động còn chậm', ...(lines > 0 ? [`Trong quý, ${words(lines)}`] : [])],
    causes: [`Lịch công tác chuyên môn dày; ${words(3)}`],
  });
}

describe('the print check on the examples', () => {
  it('finds nothing in any example printed by Chromium', async () => {
    const printed = [];
    for (const example of examples) printed.push(await print(example, example.relativePath.replace(/\W+/g, '-'), 'pdf'));
    expect(await findingsOf(printed)).toEqual([]);
  }, 180_000);

  it('finds nothing in any example as DOCX, printed through LibreOffice', async () => {
    const printed = [];
    for (const example of examples) printed.push(await print(example, example.relativePath.replace(/\W+/g, '-'), 'docx'));
    const pdfDir = join(outDir, 'docx-pdf');
    mkdirSync(pdfDir, { recursive: true });
    const pdfs = await docxToPdf(printed.map((item) => item.file), pdfDir);
    expect(await findingsOf(printed, pdfs)).toEqual([]);
  }, 300_000);
});

describe('the print check on a sweep', () => {
  it('finds nothing in a report lengthened line by line through more than a page', async () => {
    const printed = [];
    for (let lines = 0; lines <= 48; lines++) {
      const document = sweptReport(lines);
      printed.push(await print({ document, config, sourceFile: 'r.yaml' }, `report-${lines}`, 'pdf'));
    }
    expect(await findingsOf(printed)).toEqual([]);
  }, 300_000);

  it('finds nothing in a compact whose grid and witness move down across a page', async () => {
    const printed = [];
    for (let lines = 0; lines <= 40; lines += 2) {
      const implementation = ['Khối trưởng theo dõi, đôn đốc các đơn vị thực hiện giao ước.', ...Array.from({ length: lines }, (_, i) => `Nội dung ${i + 1}: ${LINE}.`)];
      const document = compact({ implementation });
      printed.push(await print({ document, config, sourceFile: 'g.yaml' }, `compact-${lines}`, 'pdf'));
    }
    expect(await findingsOf(printed)).toEqual([]);
  }, 300_000);

  it('finds nothing in the compact sweep as DOCX through LibreOffice', async () => {
    const printed = [];
    for (let lines = 0; lines <= 40; lines += 4) {
      const implementation = ['Khối trưởng theo dõi, đôn đốc các đơn vị thực hiện giao ước.', ...Array.from({ length: lines }, (_, i) => `Nội dung ${i + 1}: ${LINE}.`)];
      printed.push(await print({ document: compact({ implementation }), config, sourceFile: 'g.yaml' }, `compact-docx-${lines}`, 'docx'));
    }
    const pdfDir = join(outDir, 'compact-docx-pdf');
    mkdirSync(pdfDir, { recursive: true });
    expect(await findingsOf(printed, await docxToPdf(printed.map((item) => item.file), pdfDir))).toEqual([]);
  }, 300_000);

  it('finds nothing in the report sweep as DOCX through LibreOffice', async () => {
    const printed = [];
    for (let lines = 0; lines <= 48; lines += 3) {
      const document = sweptReport(lines);
      printed.push(await print({ document, config, sourceFile: 'r.yaml' }, `report-docx-${lines}`, 'docx'));
    }
    const pdfDir = join(outDir, 'sweep-docx-pdf');
    mkdirSync(pdfDir, { recursive: true });
    expect(await findingsOf(printed, await docxToPdf(printed.map((item) => item.file), pdfDir))).toEqual([]);
  }, 300_000);
});

/** The findings of one document printed by Chromium, and as DOCX printed through LibreOffice. */
async function findingsAsPdfAndWord(input: RenderInput, name: string): Promise<{ pdf: string[]; word: string[] }> {
  const printed = [await print(input, `${name}-pdf`, 'pdf')];
  const docx = [await print(input, `${name}-docx`, 'docx')];
  const pdfDir = join(outDir, `${name}-docx-pdf`);
  mkdirSync(pdfDir, { recursive: true });
  return { pdf: await findingsOf(printed), word: await findingsOf(docx, await docxToPdf(docx.map((item) => item.file), pdfDir)) };
}

describe('long names and subjects', () => {
  it('wrap between words with the rules under their last lines, in the PDF and in Word', async () => {
    const long = {
      ...config,
      units: config.units.map((unit) => (unit.id === 'cd-khdt' ? { ...unit, name: 'Công đoàn Bộ Văn hóa, Thể thao và Du lịch Việt Nam khu vực phía Nam' } : unit)),
    };
    const subject = 'Kết quả thực hiện phong trào thi đua yêu nước, công tác tuyên truyền giáo dục và nhiệm vụ trọng tâm của công đoàn năm 2024';
    const input = { document: report({ subject }), config: long, sourceFile: 'r.yaml' } as RenderInput;
    expect(await findingsAsPdfAndWord(input, 'long')).toEqual({ pdf: [], word: [] });
  }, 120_000);
});

describe('a document issued with another', () => {
  it('prints “(Kèm theo …)” italic under the subject with the rule under it, in the PDF and in Word, and the check finds it', async () => {
    const document = {
      kind: 'document', type: 'quy-dinh', year: 2016, issuer: 'cd-khdt', date: '2016-11-24',
      subject: 'Về việc lưu trữ hồ sơ, tài liệu liên quan đến quản lý đào tạo và rèn luyện sinh viên',
      issuedWith: 'Ban hành kèm theo Quyết định số 1046/QĐ-HC ngày 24 tháng 11 năm 2016 của Trường Đại học Công đoàn',
      body: [{ chapter: 'QUY ĐỊNH CHUNG', body: [{ article: 'Phạm vi điều chỉnh', body: ['Văn bản này quy định bảo quản các nhóm hồ sơ, tài liệu.'] }] }],
    };
    const input = { document, config, sourceFile: 'q.yaml' } as unknown as RenderInput;
    expect(await findingsAsPdfAndWord(input, 'issued-with')).toEqual({ pdf: [], word: [] });
    // Without its rule under the line, the check says so.
    const ruleless = createTemplateEnvironment({ templateFile: withoutSubjectRule() });
    const bare = [await print(input, 'issued-with-bare', 'pdf', ruleless)];
    expect((await findingsOf(bare, undefined, ruleless)).join('\n')).toContain('[rule-missing]');
  }, 120_000);
});

/** The general document's template with the title partial written inline and no rule under the subject. */
function withoutSubjectRule(): string {
  const dir = mkdtempSync(join(tmpdir(), 'giaouoc-ruleless-'));
  const title = readFileSync(join(builtinTemplatesDir(), 'partials', 'title.hbs'), 'utf8').replace(/<hr class="subject-rule"[^>]*>/, '');
  const main = readFileSync(join(builtinTemplatesDir(), 'document.hbs'), 'utf8').replace('{{> title}}', title);
  writeFileSync(join(dir, 'document.hbs'), main);
  return join(dir, 'document.hbs');
}

describe('the print check on a badly printed document', () => {
  it('reports fixed rules and a signature alone on its page, with the page and the measured length', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-bad-css-'));
    copyFileSync(join(builtinTemplatesDir(), 'print.css'), join(dir, 'print.css'));
    const broken = [
      '.subject-rule { width: 160mm; }',
      '.issuer::after { width: 5mm; }',
      '.closing { break-before: page; }',
      '.subject-rule { margin-top: 0; }',
    ].join('\n');
    writeFileSync(join(dir, 'print.css'), `${readFileSync(join(dir, 'print.css'), 'utf8')}\n${broken}\n`);
    const bad = createTemplateEnvironment({ overridesDir: dir });
    const printed = await print({ document: report(), config, sourceFile: 'r.yaml' }, 'broken', 'pdf', bad);
    const findings = await checkPdfFile(printed.file, buildViewModel(printed.input, bad.profile), bad.profile);
    const codes = findings.map((finding) => `${finding.page}:${finding.code}:${String(finding.args.which ?? '')}`);
    expect(codes).toContain('1:rule-ratio:subject');
    expect(codes).toContain('1:rule-ratio:issuer');
    expect(codes).toContain('2:signature-alone:');
    const ratio = findings.find((finding) => finding.code === 'rule-ratio' && finding.args.which === 'subject')!;
    expect(Number(ratio.args.length)).toBeCloseTo(160, 0);
    expect(printFindingText(ratio, 'en')).toMatch(/^the rule under the subject is 1[56]\d(\.\d)? mm, the line above/);
  }, 60_000);

  it('reports a name the browser breaks inside a word that no list holds, from the name as typed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-narrow-issuer-'));
    // The layout's lines given back to the browser, in a column too narrow: it breaks between any two syllables.
    const narrow = '.issuer { width: 44mm; margin-left: auto; margin-right: auto; } .issuer .line { display: inline; white-space: normal; }';
    writeFileSync(join(dir, 'print.css'), `${readFileSync(join(builtinTemplatesDir(), 'print.css'), 'utf8')}\n${narrow}\n`);
    const bad = createTemplateEnvironment({ overridesDir: dir });
    const name = 'Công đoàn Công ty Cổ phần Cà phê Ea Pốk';
    const renamed = { ...config, units: config.units.map((unit) => (unit.id === 'cd-khdt' ? { ...unit, name } : unit)) };
    const printed = await print({ document: report(), config: renamed, sourceFile: 'r.yaml' }, 'narrow-issuer', 'pdf', bad);
    const findings = await checkPdfFile(printed.file, buildViewModel(printed.input, bad.profile), bad.profile);
    const breaks = findings.filter((finding) => finding.code === 'header-word-break').map((finding) => String(finding.args.text));
    // "CÀ PHÊ" is in no word list (the layout's list allows the break); the typed "Cà phê" shows it is one word.
    expect(breakAllowed('CÀ', 'PHÊ')).toBe(true);
    expect(breaks).toContain('CÀ ⏎ PHÊ');
    // Each reported break splits a word of the typed name, or its place name "Ea Pốk"; none falls between words.
    for (const text of breaks) expect(['CÔNG ⏎ TY', 'CỔ ⏎ PHẦN', 'CÀ ⏎ PHÊ', 'EA ⏎ PỐK', 'CÔNG ⏎ ĐOÀN']).toContain(text);
  }, 60_000);

  it('reports widows, orphans and lone headings when the pagination rules are taken out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-no-pagination-'));
    const loose = [
      'p, li, td, th { orphans: 1; widows: 1; }',
      'h1, h2, h3, caption, .h-roman, .h-arabic, .end-mark, .closing, .signatures, .witness, .document * { break-before: auto; break-after: auto; }',
    ].join('\n');
    writeFileSync(join(dir, 'print.css'), `${readFileSync(join(builtinTemplatesDir(), 'print.css'), 'utf8')}\n${loose}\n`);
    const bare = createTemplateEnvironment({ overridesDir: dir });
    const printed = [];
    for (let lines = 0; lines <= 48; lines++) {
      const document = sweptReport(lines);
      printed.push(await print({ document, config, sourceFile: 'r.yaml' }, `loose-${lines}`, 'pdf', bare));
    }
    const codes = new Set<string>();
    for (const item of printed) {
      for (const finding of await checkPdfFile(item.file, buildViewModel(item.input, bare.profile), bare.profile)) codes.add(finding.code);
    }
    expect([...codes].sort()).toEqual(expect.arrayContaining(['lone-heading', 'orphan', 'widow']));
  }, 300_000);

  it('reports the trace line printed on a signed copy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-trace-'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'trace.hbs'), '{{#if trace}}<p class="body">{{trace.line}}</p>{{/if}}\n');
    const traced = createTemplateEnvironment({ overridesDir: dir });
    const signatures = { complete: true, digest: 'sha256:9f2c4e0b7a1d', commit: '4b825dc642cb6eb9a060e54bf8d69288fbee4904' };
    const printed = await print({ document: report(), config, sourceFile: 'r.yaml', signatures }, 'traced', 'pdf', traced);
    const findings = await checkPdfFile(printed.file, buildViewModel(printed.input, traced.profile), traced.profile);
    expect(findings.map((finding) => finding.code)).toContain('trace-printed');
  }, 60_000);
});

