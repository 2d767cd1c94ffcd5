// The year-end scaffolds: a bloc's scoring table (a skeleton, or last year's table moved on) and a member's
// score sheet listing every criterion of its bloc's table. Each parses back, and validates with warnings only.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { newCommand, type NewCommandOptions } from '../../src/commands/new.js';
import { parseSource } from '../../src/documents/parse.js';
import { UserError } from '../../src/errors.js';
import type { RepositoryConfig, ScoringTableDocument } from '../../src/kinds/model.js';
import { findKind } from '../../src/kinds/registry.js';
import { findIssuer } from '../../src/scaffold/issuer.js';
import { scaffoldScoreSheet, sheetBloc } from '../../src/scaffold/score-sheet.js';
import { scaffoldScoringTable } from '../../src/scaffold/scoring-table.js';
import { validateRepository } from '../../src/validate/run.js';
import { EXAMPLES, exampleRepository, quietContext, readText, TODAY } from './helpers.js';

const config = parse(await readFile(join(EXAMPLES, 'giaouoc.yaml'), 'utf8')) as RepositoryConfig;
const TABLE = '2024/bang-diem-khoi-thi-dua-1.yaml';
const tableValue = parse(await readFile(join(EXAMPLES, TABLE), 'utf8')) as ScoringTableDocument;
const target = { root: '/kho', file: '/kho/2024/moi.yaml', shownPath: '2024/moi.yaml' };

function base(kindName: string, issuerId: string, year: number) {
  const kind = findKind(kindName)!;
  return { config, kind, issuer: findIssuer(config, kind, issuerId), year, date: `${year}-03-04`, target };
}

const options = (extra: Partial<NewCommandOptions>): NewCommandOptions => ({ yes: true, lang: 'vi', today: TODAY, ...extra });

async function failure(run: Promise<unknown>): Promise<UserError> {
  const error = await run.then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('scoring table skeleton', () => {
  const scaffold = scaffoldScoringTable(base('bang-diem', 'khoi-thi-dua-1', 2025));
  const value = scaffold.value as unknown as ScoringTableDocument;

  it('parses back to its value, modeline first, with placeholders to fill', () => {
    const parsed = parseSource(scaffold.text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual(scaffold.value);
    expect(scaffold.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../.giaouoc/schemas/scoring-table.schema.json');
    expect(scaffold.text).toContain('«✎ Tên nhóm tiêu chí thứ nhất');
  });

  it('has maxima adding up to the scale, valid tie-breaks and the upper union’s awards', () => {
    const maxima = value.groups.flatMap((group) => group.criteria.map((criterion) => criterion.max));
    expect(maxima.reduce((sum, max) => sum + max, 0)).toBe(value.scale);
    expect(value.tieBreaks).toEqual(['fewer-penalties', 'bonus']);
    expect(value.awards?.map((quota) => quota.award)).toEqual(['Cờ thi đua của Công đoàn Viên chức Việt Nam', 'Bằng khen của Công đoàn Viên chức Việt Nam']);
    expect(value).toMatchObject({ kind: 'scoring-table', year: 2025, issuer: 'khoi-thi-dua-1', subject: 'Bảng điểm thi đua năm 2025 của Khối thi đua I' });
  });

  it('may be issued by a union, checked by its standing committee', () => {
    const value = scaffoldScoringTable(base('bang-diem', 'cd-bo-khdt', 2025)).value;
    expect(value).toMatchObject({ issuer: 'cd-bo-khdt', checker: `Ban Thường vụ ${config.units.find((unit) => unit.id === 'cd-bo-khdt')!.name}` });
  });
});

describe('score sheet from the bloc’s table', () => {
  const bloc = sheetBloc(config, findIssuer(config, findKind('cham-diem')!, 'cd-bo-tu-phap'), 2024);
  const scaffold = scaffoldScoreSheet({ ...base('cham-diem', 'cd-bo-tu-phap', 2024), bloc, table: { value: tableValue, relative: TABLE } });
  const scores = scaffold.value.scores as { criterion: string; points: number; evidence: { text: string }[] }[];

  it('finds the member’s only bloc that year', () => {
    expect(bloc.id).toBe('khoi-thi-dua-1');
  });

  it('lists every criterion of the table at 0 points, in the table’s order, with evidence to fill', () => {
    const ids = tableValue.groups.flatMap((group) => group.criteria.map((criterion) => criterion.id));
    expect(scores.map((score) => score.criterion)).toEqual(ids);
    expect(scores.every((score) => score.points === 0)).toBe(true);
    expect(scores[0]!.evidence.map((item) => item.text)).toEqual(['«✎ Kế hoạch triển khai học tập, quán triệt nghị quyết»', '«✎ Báo cáo kết quả có tỷ lệ đoàn viên được học tập»']);
    expect(scores[2]!.evidence.map((item) => item.text)).toEqual(['«✎ Minh chứng cho số điểm tự chấm»']);
  });

  it('writes each maximum beside the points, the groups and the rules as comments', () => {
    const parsed = parseSource(scaffold.text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual(scaffold.value);
    expect(scaffold.text).toContain('  # I. Học tập, quán triệt nghị quyết (tối đa 20 điểm)\n  - criterion: quan-triet-nghi-quyet');
    expect(scaffold.text).toContain('    points: 0 # tối đa 15\n');
    expect(scaffold.text).toContain('#   mo-hinh-sang-tao: Có mô hình, cách làm sáng tạo được công đoàn cấp trên biểu dương (tối đa 3)');
    expect(scaffold.text).toContain('#   cham-bao-cao: Gửi báo cáo quý chậm so với thời hạn (trừ 1 mỗi lần)');
  });

  it('follows a union’s table when --bloc names the union: its criteria, the union among the recipients', () => {
    const union = sheetBloc(config, findIssuer(config, findKind('cham-diem')!, 'cd-bo-tu-phap'), 2024, 'cdvc');
    expect([union.id, union.type]).toEqual(['cdvc', 'unit']);
    const sheet = scaffoldScoreSheet({ ...base('cham-diem', 'cd-bo-tu-phap', 2024), bloc: union, table: { value: tableValue, relative: TABLE } });
    expect(sheet.value.bloc).toBe('cdvc');
    expect(sheet.value.recipients).toEqual([union.name, 'Lưu: VT']);
    expect((sheet.value.scores as unknown[]).length).toBe(scores.length);
  });

  it('asks for --bloc when the unit is in no bloc that year', () => {
    expect(() => sheetBloc(config, findIssuer(config, findKind('cham-diem')!, 'cd-bo-khdt'), 2030)).toThrow(UserError);
  });
});

describe('giaouoc new for the year-end kinds', () => {
  async function written(root: string, stdout: string): Promise<string> {
    return join(root, /Đã tạo (\S+):/.exec(stdout)![1]);
  }

  async function findings(root: string, file: string) {
    const run = await validateRepository({ cwd: root, paths: [file], cache: false });
    return run.issues;
  }

  it('writes a scoring table skeleton that validates with warnings only', async () => {
    const root = await exampleRepository();
    const { ctx, stdout } = quietContext(root);
    expect(await newCommand('bang-diem', options({ bloc: 'khoi-thi-dua-1', year: '2024' }), ctx)).toBe(0);
    const file = await written(root, stdout());
    expect(file).toBe(join(root, '2024/bang-diem-khoi-thi-dua-1.yaml'));
    const issues = await findings(root, file);
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(issues.some((issue) => issue.code === 'text-placeholder')).toBe(true);
    // Nine members, none with a sheet yet: the table says so, as warnings.
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(['text-placeholder', 'score-sheet-missing']));
  });

  it('moves last year’s table to the new year with --from', async () => {
    const root = await exampleRepository([TABLE]);
    const { ctx, stdout } = quietContext(root);
    expect(await newCommand('scoring-table', options({ from: TABLE }), ctx)).toBe(0);
    const file = await written(root, stdout());
    const value = parse(await readText(file));
    expect(value).toMatchObject({ kind: 'scoring-table', year: 2025, issuer: 'khoi-thi-dua-1', date: '2025-03-01' });
    expect(value.groups).toEqual(tableValue.groups);
    // The examples register no 2025 year of the bloc, so no leader can sign the moved table: the one error says what to add.
    expect((await findings(root, file)).filter((issue) => issue.severity === 'error').map((issue) => issue.code)).toEqual(['bloc-year-unregistered']);
  });

  it('writes a member’s score sheet from the table that validates with placeholder warnings only', async () => {
    const root = await exampleRepository([TABLE]);
    const { ctx, stdout } = quietContext(root);
    expect(await newCommand('cham-diem', options({ bloc: 'khoi-thi-dua-1', issuer: 'cd-bo-khdt', year: '2024' }), ctx)).toBe(0);
    const file = await written(root, stdout());
    expect(file).toBe(join(root, '2024/cham-diem-cd-bo-khdt.yaml'));
    expect(parse(await readText(file))).toMatchObject({ kind: 'score-sheet', issuer: 'cd-bo-khdt', bloc: 'khoi-thi-dua-1', date: '2024-12-15' });
    const issues = await findings(root, file);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.filter((issue) => issue.code !== 'text-placeholder')).toEqual([]);
  });

  it('refuses a score sheet without the bloc’s table, saying how to make one', async () => {
    const root = await exampleRepository();
    const error = await failure(newCommand('score-sheet', options({ issuer: 'cd-bo-khdt', year: '2024' }), quietContext(root).ctx));
    expect(error.text.vi).toContain('giaouoc new bang-diem --bloc khoi-thi-dua-1 --year 2024');
  });

  it('refuses --from for a score sheet', async () => {
    const root = await exampleRepository([TABLE]);
    await failure(newCommand('cham-diem', options({ issuer: 'cd-bo-khdt', year: '2024', from: TABLE }), quietContext(root).ctx));
  });

  it('writes a union’s scoring table that validates with placeholder warnings and the sheets its units still owe', async () => {
    const root = await exampleRepository();
    const { ctx, stdout } = quietContext(root);
    expect(await newCommand('bang-diem', options({ issuer: 'cd-bo-khdt', year: '2024' }), ctx)).toBe(0);
    const file = await written(root, stdout());
    expect(file).toBe(join(root, '2024/bang-diem-cd-bo-khdt.yaml'));
    const issues = await findings(root, file);
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(['text-placeholder', 'score-sheet-missing']));
    // The table scores the unions directly under cd-bo-khdt, and none has written its sheet yet.
    const config = parse(await readText(join(root, 'giaouoc.yaml'))) as { units: { id: string; upper?: string }[] };
    const under = config.units.filter((unit) => unit.upper === 'cd-bo-khdt').map((unit) => unit.id);
    expect(issues.filter((issue) => issue.code === 'score-sheet-missing').map((issue) => issue.args.id).sort()).toEqual(under.sort());
  });
});
