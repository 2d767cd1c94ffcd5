// The year-end documents print like every kind: PDF from Chromium and DOCX through LibreOffice, each held
// against the layout profile (the ranking on a landscape page with the official margins); and a PDF is a
// function of its source: two prints are the same bytes, with /Lang and the issuer as author.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPdfBytes, checkPdfFile, docxToPdf, printFindingText, readPdfLayout } from '../../../src/render/check/index.js';
import { createTemplateEnvironment } from '../../../src/render/environment.js';
import { renderDocumentToFile } from '../../../src/render/render-file.js';
import { scoreBloc } from '../../../src/yearend/bloc-scores.js';
import { loadScoring, scoringDocuments, summaryDocuments, summaryInputs } from '../../../src/yearend/inputs.js';
import { prepareYearEndView, yearEndBytes, yearEndProfile, type YearEndTemplate } from '../../../src/yearend/render.js';
import { withYearEndRepository } from '../../../src/yearend/run.js';
import { resolveScope } from '../../../src/yearend/scope.js';
import { summarizeYear } from '../../../src/yearend/summary.js';
import { awardProposalView, rankingView, summaryView, type YearEndView } from '../../../src/yearend/views.js';
import { memoryContext } from '../../helpers/run-cli.js';
import { examplesDir, loadExamples } from '../examples.js';

const MM = 72 / 25.4;

async function yearEndViews(): Promise<Array<{ name: YearEndTemplate; view: YearEndView }>> {
  const { ctx } = memoryContext(examplesDir);
  const views: Array<{ name: YearEndTemplate; view: YearEndView }> = [];
  await withYearEndRepository({ cache: false, lang: 'vi' } as never, ctx as never, async (context) => {
    const scope = resolveScope(context.config, 2024, { bloc: 'khoi-thi-dua-1' });
    const documents = summaryDocuments(context.run, 2024, scope.units);
    const summary = summarizeYear(2024, await summaryInputs(documents, 2024, scope.units));
    const leader = context.config.blocs!.find((bloc) => bloc.id === 'khoi-thi-dua-1')!.years.find((entry) => entry.year === 2024)!.leader;
    views.push({ name: 'summary', view: summaryView(summary, context.config, { issuer: scope.id, signer: leader, asLeader: true }, scope.name, {}) });
    const found = scoringDocuments(context.run, 2024, 'khoi-thi-dua-1');
    const { table, sheets } = await loadScoring({ table: found.table!, sheets: found.sheets });
    const scores = scoreBloc(context.config, table.doc, sheets.map((sheet) => sheet.doc));
    views.push({ name: 'ranking', view: rankingView(scores, context.config, leader, {}) });
    views.push({ name: 'award-proposal', view: awardProposalView(scores, context.config, leader, {}) });
    return 0;
  });
  return views;
}

describe('year-end documents', () => {
  it('print as PDF that meets the profile, the ranking landscape with the official margins', async () => {
    const problems: string[] = [];
    for (const { name, view } of await yearEndViews()) {
      const profile = yearEndProfile(name);
      const pdf = (await yearEndBytes(name, view, profile, 'pdf', undefined, '2024-12-31')) as Buffer;
      const findings = await checkPdfBytes(new Uint8Array(pdf), prepareYearEndView(view, profile), profile);
      problems.push(...findings.map((finding) => `${name}: trang ${finding.page} ${printFindingText(finding, 'vi')}`));
      const layout = await readPdfLayout(new Uint8Array(pdf));
      const page = layout.pages[0]!;
      if (name === 'ranking') expect(page.width).toBeGreaterThan(page.height);
      const left = Math.min(...page.lines.map((line) => line.xMin));
      expect(left / MM).toBeGreaterThanOrEqual(29.5);
      expect(layout.pages[0]!.lines.some((line) => line.text.startsWith('Số:')) || name === 'ranking').toBe(true);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('print as DOCX that LibreOffice lays out within the profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-yearend-docx-'));
    const items: Array<{ name: YearEndTemplate; view: YearEndView; file: string }> = [];
    for (const { name, view } of await yearEndViews()) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await yearEndBytes(name, view, yearEndProfile(name), 'docx'));
      items.push({ name, view, file });
    }
    const pdfDir = join(dir, 'pdf');
    mkdirSync(pdfDir);
    const pdfs = await docxToPdf(items.map((item) => item.file), pdfDir);
    const problems: string[] = [];
    for (const [index, item] of items.entries()) {
      const profile = yearEndProfile(item.name);
      const findings = await checkPdfFile(pdfs[index]!, prepareYearEndView(item.view, profile), profile);
      problems.push(...findings.map((finding) => `${item.name}: trang ${finding.page} ${printFindingText(finding, 'vi')}`));
    }
    expect(problems).toEqual([]);
  }, 180_000);
});

describe('a PDF bound to its source', () => {
  it('is the same bytes when printed twice, dated from the document, in Vietnamese, with the issuer as author', async () => {
    const env = createTemplateEnvironment();
    const example = loadExamples().find((entry) => entry.relativePath === '2024/bao-cao-quy-1-cd-bo-khdt.yaml')!;
    const dir = mkdtempSync(join(tmpdir(), 'giaouoc-same-bytes-'));
    const first = await renderDocumentToFile({ ...example, sourceFile: join(dir, 'a', 'r.yaml') }, { format: 'pdf', env });
    const second = await renderDocumentToFile({ ...example, sourceFile: join(dir, 'b', 'r.yaml') }, { format: 'pdf', env });
    const bytes = readFileSync(first);
    expect(bytes.equals(readFileSync(second))).toBe(true);
    const layout = await readPdfLayout(new Uint8Array(bytes));
    expect(layout.lang).toBe('vi-VN');
    expect(layout.info.Author).toBe('CÔNG ĐOÀN BỘ KẾ HOẠCH VÀ ĐẦU TƯ');
    expect(layout.info.Creator).toBe('giaouoc');
    // The type as Phụ lục VI's TypeName (document-metadata.ts) and the number.
    expect(layout.info.Keywords).toContain('Báo cáo; 02/BC-CĐBKHĐT');
    expect(layout.info.CreationDate).toMatch(/^D:20240329/);
  }, 60_000);
});
