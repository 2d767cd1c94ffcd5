// A scoring table or score sheet as real forms are written: a draft date with the day left blank, the type line
// as the original prints it, no stated total (the scale is then what the criteria add up to), and a period written
// as a bare year.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCommand } from '../../src/commands/render.js';
import { scoreCommand } from '../../src/commands/score.js';
import { documentPeriod, periodText, taskDuePeriod } from '../../src/kinds/period.js';
import { tableScale } from '../../src/kinds/scoring-criteria.js';
import type { RepositoryConfig } from '../../src/kinds/model.js';
import { issueMessage } from '../../src/output/localize.js';
import { criteriaTable } from '../../src/render/view-model/criteria-table.js';
import { runsText } from '../../src/render/view-model/inline.js';
import { buildViewModel } from '../../src/render/view-model/index.js';
import { createTemplateEnvironment } from '../../src/render/environment.js';
import type { RenderableDocument, ScoringTableView } from '../../src/render/view-model/types.js';
import { validateRepository } from '../../src/validate/run.js';
import { capture, defaults } from '../yearend/helpers.js';
import { exampleRepository, tempDir } from '../scaffold/helpers.js';
import { createDocumentRepo, type DocumentRepo } from '../repo/support/document-repo.js';

const TABLE = '2024/bang-diem-khoi-thi-dua-1.yaml';
const SHEET = '2024/cham-diem-cd-bo-khcn.yaml';
const PLAN = '2024/ke-hoach-cd-bo-khdt.yaml';
const COMPACT = '2024/giao-uoc-khoi-thi-dua-1.yaml';
const SCHEMAS = fileURLToPath(new URL('../../schemas/', import.meta.url));
const QUAN_11 = fileURLToPath(new URL('../fixtures/real/more/', import.meta.url));
const QUAN_11_FILE = 'bang-cham-diem-ldld-quan-11.yaml';

async function issuesOf(root: string, paths: string[]): Promise<string[]> {
  const run = await validateRepository({ cwd: root, paths, cache: false });
  return run.issues.map((issue) => `${issue.code}: ${issueMessage(issue, 'vi')}`);
}

/** The errors validate finds (the examples copied alone lack the rest of their bloc, which only warns). */
async function errorsOf(root: string, paths = ['2024']): Promise<{ code: string; line: number; text: string }[]> {
  const run = await validateRepository({ cwd: root, paths, cache: false });
  return run.issues.filter((issue) => issue.severity === 'error').map((issue) => ({ code: issue.code, line: issue.line, text: issueMessage(issue, 'vi') }));
}

async function edit(root: string, file: string, change: (text: string) => string): Promise<void> {
  const path = join(root, file);
  const before = await readFile(path, 'utf8');
  const after = change(before);
  expect(after, `${file} unchanged`).not.toBe(before);
  await writeFile(path, after);
}

async function renderedText(root: string, file: string): Promise<string> {
  const run = capture(root);
  expect(await renderCommand([file], { lang: 'vi', format: 'html' } as never, run.ctx), run.err()).toBe(0);
  const html = await readFile(join(root, file.replace(/\.yaml$/, '.html')), 'utf8');
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('a date with the day left blank', () => {
  it('is one rule in every kind schema', () => {
    const kinds = readdirSync(SCHEMAS).filter((name) => name.endsWith('.schema.json') && name !== 'config.schema.json');
    const dates = kinds.map((name) => JSON.stringify((JSON.parse(readFileSync(join(SCHEMAS, name), 'utf8')) as { properties: { date: unknown } }).properties.date));
    expect(kinds).toContain('scoring-table.schema.json');
    expect(kinds).toContain('score-sheet.schema.json');
    expect(new Set(dates).size).toBe(1);
  });

  it('validates in a scoring table and a score sheet and prints a gap for the day; a malformed one does not', async () => {
    const root = await exampleRepository([TABLE, SHEET]);
    await edit(root, TABLE, (text) => text.replace('date: 2024-03-01', 'date: 2024-03'));
    await edit(root, SHEET, (text) => text.replace('date: 2024-12-16', 'date: 2024-12'));
    expect(await errorsOf(root)).toEqual([]);
    expect(await renderedText(root, TABLE)).toContain('ngày … tháng 3 năm 2024');
    expect(await renderedText(root, SHEET)).toContain('ngày … tháng 12 năm 2024');

    await edit(root, TABLE, (text) => text.replace('date: 2024-03', 'date: 2024-3'));
    await edit(root, SHEET, (text) => text.replace('date: 2024-12', 'date: 2024-13'));
    const codes = (await errorsOf(root)).map((issue) => issue.code);
    expect(codes).toContain('date-invalid');
    expect(codes.some((code) => code.startsWith('schema'))).toBe(true);
  });

  describe('sign refuses it', () => {
    let repo: DocumentRepo;
    beforeAll(async () => {
      repo = await createDocumentRepo(['cd-bo-khcn']);
    });
    afterAll(() => repo?.fixture.cleanup());

    it.each([
      [TABLE, 'date: 2024-03-01', 'date: 2024-03'],
      [SHEET, 'date: 2024-12-16', 'date: 2024-12'],
    ])('%s', async (file, full, draft) => {
      const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
      const text = (await readFile(join(examples, file), 'utf8')).replace(full, draft);
      expect(text).toContain(draft);
      await repo.fixture.commit({ message: 'Bản nháp chưa ghi ngày', files: { [file]: text } });
      const unit = file === TABLE ? 'khoi-thi-dua-1' : 'cd-bo-khcn';
      await expect(repo.sign(unit, { file, key: repo.keys.get('cd-bo-khcn') })).rejects.toEqual(
        expect.objectContaining({ exitCode: 1, text: expect.objectContaining({ vi: expect.stringContaining(`chưa ghi đủ ngày ban hành (${draft.slice(6)})`) }) }),
      );
    }, 60_000);
  });
});

describe('the Quận 11 scoring form', () => {
  it('validates as written: its blank day, its own type line, no total', async () => {
    const root = await tempDir();
    await copyFile(join(QUAN_11, 'giaouoc.yaml'), join(root, 'giaouoc.yaml'));
    await copyFile(join(QUAN_11, QUAN_11_FILE), join(root, QUAN_11_FILE));
    const source = await readFile(join(root, QUAN_11_FILE), 'utf8');
    expect(source).toMatch(/^date: 2019-11$/m);
    expect(source).not.toMatch(/^scale:/m);
    expect(await issuesOf(root, [QUAN_11_FILE])).toEqual([]);
  });

  it('prints the type line the original prints', () => {
    const env = createTemplateEnvironment();
    const config = parse(readFileSync(join(QUAN_11, 'giaouoc.yaml'), 'utf8')) as RepositoryConfig;
    const document = parse(readFileSync(join(QUAN_11, QUAN_11_FILE), 'utf8')) as RenderableDocument;
    const view = buildViewModel({ document, config, sourceFile: QUAN_11_FILE }, env.profile) as ScoringTableView;
    expect(view.title).toEqual({ docType: 'BẢNG CHẤM ĐIỂM THI ĐUA CĐCS NĂM 2019', subject: '(Dành cho CĐCS khu vực ngoài nhà nước)' });
    expect(view.header.dateLine).toBe('Quận 11, ngày … tháng 11 năm 2019');
  });
});

describe('the printed type line of a scoring table', () => {
  it('is the author’s when given, “BẢNG ĐIỂM THI ĐUA” otherwise; an empty one is refused', async () => {
    const root = await exampleRepository([TABLE]);
    expect(await renderedText(root, TABLE)).toMatch(/BẢNG ĐIỂM THI ĐUA Khối thi đua/u);
    await edit(root, TABLE, (text) => text.replace('date: 2024-03-01\n', 'date: 2024-03-01\ntypeName: BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024\n'));
    expect(await errorsOf(root)).toEqual([]);
    const text = await renderedText(root, TABLE);
    expect(text).toContain('BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024');
    expect(text).not.toContain('BẢNG ĐIỂM THI ĐUA');
    await edit(root, TABLE, (source) => source.replace('typeName: BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024', 'typeName: ""'));
    const issues = await errorsOf(root);
    expect(issues.map((issue) => issue.text)).toEqual([expect.stringContaining('“Tên loại in”')]);
  });
});

describe('a scoring table without a stated scale', () => {
  it('is scored out of the sum of its criteria maxima; a stated scale still wins', () => {
    const criteria = (maxima: number[]) => maxima.map((max, i) => ({ id: `c${i}`, text: 'x', max }));
    expect(tableScale({ groups: [{ id: 'a', name: 'A', criteria: criteria([6, 4.5]) }, { id: 'b', name: 'B', criteria: criteria([0.2, 0.1]) }] })).toBe(10.8);
    expect(tableScale({ scale: 100, groups: [{ id: 'a', name: 'A', criteria: criteria([6]) }] })).toBe(100);
    expect(tableScale({ body: [{ criteria: [{ group: 'g', text: 'G', criteria: [{ criterion: 'c', text: 'x', max: 7 }] }] }] })).toBe(7);
    expect(tableScale({ body: [] })).toBe(0);
  });

  it('validates, prints the sum as its total and ranks the members exactly as with the scale written', async () => {
    const sheets = ['khcn', 'khdt', 'ldtbxh', 'ngoai-giao', 'noi-vu', 'tai-chinh', 'tnmt', 'tu-phap', 'vhttdl'].map((unit) => `2024/cham-diem-cd-bo-${unit}.yaml`);
    const reports = [1, 2, 3, 4].map((quarter) => `2024/bao-cao-quy-${quarter}-cd-bo-khdt.yaml`);
    const root = await exampleRepository([TABLE, ...sheets, ...reports, PLAN, COMPACT]);
    const score = async (format: 'json' | 'text') => {
      const run = capture(root);
      expect(await scoreCommand({ ...defaults, format, year: '2024', bloc: 'khoi-thi-dua-1' }, run.ctx), run.err() + run.out()).toBe(0);
      return run.out();
    };
    const strip = (json: string) => {
      const { revision: _revision, table: _table, ...result } = JSON.parse(json) as Record<string, unknown>;
      return result;
    };
    const [before, beforeText] = [strip(await score('json')), await score('text')];
    const stated = parse(await readFile(join(root, TABLE), 'utf8')) as { scale: number };
    expect(stated.scale).toBe(100);

    await edit(root, TABLE, (text) => text.replace(/^scale: 100\n/m, ''));
    expect(await errorsOf(root)).toEqual([]);
    expect(strip(await score('json'))).toEqual(before);
    expect(await score('text')).toBe(beforeText);
    expect(beforeText).toContain('thang 100 điểm');
    const text = await renderedText(root, TABLE);
    expect(text).toContain('Thang điểm 100 điểm');
    expect(text).toContain('Tổng cộng 100');
    expect(await renderedText(root, sheets[0]!)).toContain('Thang điểm 100 điểm');

    // The sum follows the criteria: one maximum lowered by 10 makes the total 90, with no scale to disagree with.
    await edit(root, TABLE, (text) => text.replace(/max: 15\n/, 'max: 5\n'));
    expect((await issuesOf(root, [TABLE])).join('\n')).not.toContain('scoring-scale-mismatch');
    expect(await renderedText(root, TABLE)).toContain('Tổng cộng 90');
  }, 60_000);
});

describe('a period written as a bare year', () => {
  it('reads as that year wherever a period is read', () => {
    expect(periodText(2022)).toBe('2022');
    expect(periodText('2021-2022')).toBe('2021-2022');
    expect(periodText(22)).toBeUndefined();
    expect(periodText(2022.5)).toBeUndefined();
    expect(documentPeriod({ year: 2021, period: 2022 })).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
    expect(taskDuePeriod({ due: 2023 }, documentPeriod({ year: 2022 })!)).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('validates unquoted in a plan and a scoring table; a number that is no year is refused in Vietnamese', async () => {
    const root = await exampleRepository([PLAN, TABLE, COMPACT]);
    await edit(root, PLAN, (text) => text.replace(/^year: 2024$/m, 'year: 2024\nperiod: 2024'));
    await edit(root, TABLE, (text) => text.replace(/^year: 2024$/m, 'year: 2024\nperiod: 2024'));
    expect(parse(await readFile(join(root, PLAN), 'utf8')).period).toBe(2024);
    expect(await errorsOf(root)).toEqual([]);
    await edit(root, PLAN, (text) => text.replace('period: 2024', 'period: 24'));
    const issues = await errorsOf(root);
    expect(issues.map((issue) => issue.text)).toEqual([expect.stringContaining('“Kỳ” là 24, nhỏ hơn mức tối thiểu 1000')]);
  });
});

describe('a criteria table with the form’s own columns', () => {
  const criteria = [
    {
      group: 'tieu-chuan-1',
      number: '',
      text: 'Tiêu chuẩn 1',
      points: '35 đ',
      criteria: [
        { criterion: 'a', number: '1.', text: '- Một\n- Hai', max: 3, points: '2 đ\n1 đ' },
        { criterion: 'b', text: 'Ba', max: 4 },
      ],
    },
  ];
  const texts = (table: ReturnType<typeof criteriaTable>) => [...table.head, ...table.rows].map((row) => row.map((cell) => `${runsText(cell.runs)}${cell.colspan ? `|${cell.colspan}` : ''}`));

  it('names its columns, leaves the scorers’ columns empty, prints points as written and no total when told', () => {
    const columns = [
      { heading: 'STT', shows: 'number', width: 6 },
      { heading: 'NỘI DUNG', shows: 'text', width: 46 },
      { heading: 'Điểm chuẩn', shows: 'max', width: 10 },
      { heading: 'CĐCS Tự chấm', width: 11 },
      { heading: 'LĐLĐ Quận chấm', width: 11 },
      { heading: 'Báo cáo diễn giải', width: 16 },
    ];
    const table = criteriaTable({ criteria, columns, total: false });
    expect(texts(table)).toEqual([
      ['STT', 'NỘI DUNG', 'Điểm chuẩn', 'CĐCS Tự chấm', 'LĐLĐ Quận chấm', 'Báo cáo diễn giải'],
      ['Tiêu chuẩn 1|2', '35 đ', '', '', ''],
      ['1.', '- Một- Hai', '2 đ1 đ', '', '', ''],
      ['2', 'Ba', '4', '', '', ''],
    ]);
    // The author's line breaks inside a cell are kept.
    expect(table.rows[1]![2]!.runs.some((run) => run.lineBreak)).toBe(true);
    expect(table.widths).toEqual(['6.00', '46.00', '10.00', '11.00', '11.00', '16.00']);
    // Scoring still reads the typed maxima, not the printed points.
    expect(tableScale({ body: [{ criteria, columns, total: false }] })).toBe(7);
  });

  it('keeps the four default columns, the computed sums and the total otherwise', () => {
    const plain = criteria.map(({ points: _points, number: _number, ...group }) => ({ ...group, criteria: group.criteria.map(({ points: _p, ...criterion }) => criterion) }));
    expect(texts(criteriaTable({ criteria: plain }))).toEqual([
      ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Tài liệu kiểm chứng'],
      ['I', 'Tiêu chuẩn 1', '7', ''],
      ['1.', '- Một- Hai', '3', ''],
      ['2', 'Ba', '4', ''],
      ['', 'Tổng cộng', '7', ''],
    ]);
  });
});
